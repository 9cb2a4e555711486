/**
 * Hunspell in WebAssembly: the emscripten build that hunspell-asm ships,
 * driven directly. Each dictionary gets its own instance (its own linear
 * memory), all made from one compiled module per thread.
 *
 * Parsing a dictionary's files is most of the cost of spelling (Serbian:
 * about 0.6 s). Once loaded, the dictionary lives entirely in the instance's
 * memory, so that memory can be saved as an image (src/dictionaries/images.ts)
 * and copied into a fresh instance later, which takes a few hundredths of a
 * second. The restored instance is the same program in the same state: it
 * answers exactly as the one that parsed the files.
 */
import fs from 'node:fs'
import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'
import createRuntime, {type HunspellRuntime, type HunspellRuntimeOptions} from 'hunspell-asm/dist/cjs/lib/node/hunspell.js'

/** A loaded dictionary. */
export interface Hunspell {
  spell(word: string): boolean
  suggest(word: string): string[]
}

/** What an image needs besides the memory: where hunspell's object is. */
export interface Loaded extends Hunspell {
  /** Address of the Hunspell object in the instance's memory. */
  readonly handle: number
  /** The instance's memory (its current view). */
  memory(): Uint8Array
}

/** A WebAssembly memory grows by pages of 64 KiB. */
const WASM_PAGE = 65536
const RUNTIME = 'hunspell-asm/dist/cjs/lib/node/hunspell.js'

interface Compiled {
  module: WebAssembly.Module
  /** SHA-256 of the WebAssembly binary: images are only valid for the same program. */
  digest: string
}

let compiled: Compiled | undefined | null

/**
 * The WebAssembly binary: `hunspell.wasm` beside this module (the bundles
 * carry it there), else taken from the runtime in hunspell-asm, where it is
 * inlined as a data URI.
 */
export function wasmBinary(): Uint8Array | undefined {
  try {
    return fs.readFileSync(new URL('./hunspell.wasm', import.meta.url))
  } catch {
    // Not bundled: read it from the package.
  }
  try {
    const text = fs.readFileSync(createRequire(import.meta.url).resolve(RUNTIME), 'latin1')
    const match = /data:application\/octet-stream;base64,([A-Za-z\d+/=]+)/.exec(text)
    return match ? Buffer.from(match[1]!, 'base64') : undefined
  } catch {
    return undefined
  }
}

/**
 * The module compiled once per thread, or null when the binary cannot be
 * found or compiled: the runtime then instantiates its own inlined copy
 * (slower, and without images).
 */
function compile(): Compiled | null {
  if (compiled === undefined) {
    const bytes = wasmBinary()
    try {
      compiled = bytes ? {module: new WebAssembly.Module(bytes), digest: createHash('sha256').update(bytes).digest('hex')} : null
    } catch {
      compiled = null
    }
  }
  return compiled
}

/** Identifies the WebAssembly program (undefined: images cannot be used). */
export function programDigest(): string | undefined {
  return compile()?.digest
}

/** A ready runtime on `memory` (default: a fresh one). */
async function instantiate(memory?: WebAssembly.Memory): Promise<HunspellRuntime> {
  const program = compile()
  let ready = false
  let failure: unknown
  let settle: (() => void) | undefined
  const options: HunspellRuntimeOptions = {
    // The C environment holds the program's name, by default the script
    // that started Node.js: a fixed one keeps the memory, and so an image,
    // the same whichever program loads the dictionary.
    thisProgram: 'hunspell',
    // hunspell reports problems in .aff files on stderr: a library stays quiet.
    print() {},
    printErr() {},
    onRuntimeInitialized() {
      ready = true
      settle?.()
    },
    onAbort(reason) {
      failure = reason
      settle?.()
    }
  }
  if (memory) options.wasmMemory = memory
  if (program) {
    options.instantiateWasm = (imports, receive) => {
      const instance = new WebAssembly.Instance(program.module, imports)
      receive(instance, program.module)
      // The runtime wraps some exports in place: give it a mutable copy
      // (instance.exports is frozen, and the bundle runs in strict mode).
      return {...instance.exports}
    }
  }
  // The runtime adds a process-wide `uncaughtException` listener that
  // rethrows; one per dictionary would pile up. Take it off again.
  const listeners = new Set(process.listeners('uncaughtException'))
  let runtime: HunspellRuntime
  try {
    runtime = createRuntime(options)
  } finally {
    for (const listener of process.listeners('uncaughtException')) {
      if (!listeners.has(listener)) process.removeListener('uncaughtException', listener)
    }
  }
  // A thenable that resolves to itself: keep it out of promise chains.
  delete runtime.then
  if (!ready && failure === undefined) await new Promise<void>((resolve) => {
    settle = resolve
  })
  if (!ready) throw new Error(`hunspell failed to start: ${String(failure)}`)
  return runtime
}

const encoder = new TextEncoder()

/** The calls on a runtime that holds a dictionary at `handle`. */
function bind(runtime: HunspellRuntime, handle: number): Loaded {
  // One buffer for the words passed in, grown when a word needs more.
  let scratch = 0
  let capacity = 0
  const put = (word: string): number => {
    const bytes = encoder.encode(word.normalize())
    if (bytes.length + 1 > capacity) {
      if (scratch) runtime._free(scratch)
      capacity = Math.max(256, (bytes.length + 1) * 2)
      scratch = runtime._malloc(capacity)
    }
    const heap = runtime.HEAPU8
    heap.set(bytes, scratch)
    heap[scratch + bytes.length] = 0
    return scratch
  }
  return {
    handle,
    memory: () => runtime.HEAPU8,
    spell(word) {
      return runtime._Hunspell_spell(handle, put(word)) !== 0
    },
    suggest(word) {
      const list = runtime._malloc(4)
      try {
        const count = runtime._Hunspell_suggest(handle, list, put(word))
        const results: string[] = []
        if (count > 0) {
          const array = runtime.HEAP32[list >> 2]!
          for (let index = 0; index < count; index++) results.push(runtime.UTF8ToString(runtime.HEAP32[(array >> 2) + index]!))
        }
        runtime._Hunspell_free_list(handle, list, count)
        return results
      } finally {
        runtime._free(list)
      }
    }
  }
}

/** Load a dictionary from its `.aff` and `.dic` bytes, as hunspell does. */
export async function loadFromFiles(aff: Uint8Array, dic: Uint8Array): Promise<Loaded> {
  const runtime = await instantiate()
  // Each instance has its own file system: the same names every time keep
  // images of the same dictionary byte for byte the same.
  const folder = '/dictionary'
  runtime.FS.mkdir(folder)
  runtime.FS.writeFile(`${folder}/index.aff`, aff)
  runtime.FS.writeFile(`${folder}/index.dic`, dic)
  const affPath = allocate(runtime, `${folder}/index.aff`)
  const dicPath = allocate(runtime, `${folder}/index.dic`)
  const handle = runtime._Hunspell_create(affPath, dicPath)
  runtime._free(affPath)
  runtime._free(dicPath)
  // hunspell has read the files into its own structures.
  runtime.FS.unlink(`${folder}/index.aff`)
  runtime.FS.unlink(`${folder}/index.dic`)
  return bind(runtime, handle)
}

function allocate(runtime: HunspellRuntime, text: string): number {
  const bytes = encoder.encode(text)
  const pointer = runtime._malloc(bytes.length + 1)
  runtime.HEAPU8.set(bytes, pointer)
  runtime.HEAPU8[pointer + bytes.length] = 0
  return pointer
}

/**
 * A dictionary from a memory image: an instance with `memoryBytes` of
 * memory, which `fill` turns into the image (it gets the memory as the
 * runtime's start left it).
 */
export async function loadFromImage(handle: number, memoryBytes: number, fill: (memory: Uint8Array) => void): Promise<Loaded> {
  if (memoryBytes % WASM_PAGE !== 0) throw new Error('the memory is not a whole number of WebAssembly pages')
  const runtime = await instantiate(new WebAssembly.Memory({initial: memoryBytes / WASM_PAGE}))
  fill(runtime.HEAPU8)
  return bind(runtime, handle)
}
