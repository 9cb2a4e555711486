/**
 * The spell-checking backend: hunspell compiled to WebAssembly
 * (hunspell-asm). nspell expands every affix rule while loading, which takes
 * minutes for Catalan; the WebAssembly build reads the same files the way
 * native hunspell does. The module is compiled once per process.
 */
import hunspellAsm from 'hunspell-asm'

export interface DictionaryData {
  aff: Uint8Array
  dic: Uint8Array
}

export interface Speller {
  readonly language: string
  /** Whether the word is spelled correctly (hunspell's rules for case). */
  correct(word: string): boolean
  /** Suggestions for a misspelled word, best first. */
  suggest(word: string): string[]
}

type Factory = Awaited<ReturnType<typeof hunspellAsm.loadModule>>

let factory: Promise<Factory> | undefined
let counter = 0

function loadFactory(): Promise<Factory> {
  factory ??= hunspellAsm.loadModule()
  return factory
}

export async function createSpeller(language: string, data: DictionaryData): Promise<Speller> {
  const hunspell = await loadFactory()
  const id = counter++
  const aff = hunspell.mountBuffer(data.aff, `d${id}.aff`)
  const dic = hunspell.mountBuffer(data.dic, `d${id}.dic`)
  const instance = hunspell.create(aff, dic)
  // The files were read into hunspell's own structures: free the copies.
  hunspell.unmount(aff)
  hunspell.unmount(dic)
  const known = new Map<string, boolean>()
  return {
    language,
    correct(word) {
      let result = known.get(word)
      if (result === undefined) {
        result = instance.spell(word)
        known.set(word, result)
      }
      return result
    },
    suggest(word) {
      return instance.suggest(word)
    }
  }
}
