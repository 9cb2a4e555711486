/**
 * The spell-checking backend: hunspell compiled to WebAssembly (the build in
 * hunspell-asm, driven by ./hunspell.ts). nspell expands every affix rule
 * while loading, which takes minutes for Catalan; hunspell reads the same
 * files the way native hunspell does. A dictionary loaded once is kept as a
 * memory image (./images.ts) and restored from it in later runs.
 */
import {loadFromFiles, type Loaded} from './hunspell.js'
import {imageKey, type ImageStore} from './images.js'

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

/** Load a dictionary: from its image in `images` when there is a valid one, else from its files (and save an image). */
export async function createSpeller(language: string, data: DictionaryData, images?: ImageStore): Promise<Speller> {
  const key = images ? imageKey(data.aff, data.dic) : undefined
  let loaded: Loaded | undefined = images && key ? await images.restore(language, key) : undefined
  if (!loaded) {
    loaded = await loadFromFiles(data.aff, data.dic)
    if (images && key) images.save(language, key, loaded)
  }
  const hunspell = loaded
  const known = new Map<string, boolean>()
  return {
    language,
    correct(word) {
      let result = known.get(word)
      if (result === undefined) {
        result = hunspell.spell(word)
        known.set(word, result)
      }
      return result
    },
    suggest(word) {
      return hunspell.suggest(word)
    }
  }
}
