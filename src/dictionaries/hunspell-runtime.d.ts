/**
 * The emscripten build of hunspell that hunspell-asm ships (a CommonJS
 * factory). Only what src/dictionaries/hunspell.ts uses is typed.
 */
declare module 'hunspell-asm/dist/cjs/lib/node/hunspell.js' {
  export interface HunspellRuntimeOptions {
    /** Instantiate the module ourselves (synchronously: the runtime is then ready on return). */
    instantiateWasm?: (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => WebAssembly.Exports
    /** The linear memory to use instead of a fresh 16 MB one. */
    wasmMemory?: WebAssembly.Memory
    onRuntimeInitialized?: () => void
    onAbort?: (reason: unknown) => void
    /** The program's name in its environment (default: the script that started Node.js). */
    thisProgram?: string
    print?: (text: string) => void
    printErr?: (text: string) => void
  }

  export interface HunspellRuntime {
    /** Views of the memory: replaced when the memory grows, so read them after every call. */
    HEAPU8: Uint8Array
    HEAP32: Int32Array
    FS: {
      mkdir(path: string): void
      writeFile(path: string, data: Uint8Array): void
      unlink(path: string): void
    }
    _malloc(size: number): number
    _free(pointer: number): void
    _Hunspell_create(affPath: number, dicPath: number): number
    _Hunspell_spell(handle: number, word: number): number
    _Hunspell_suggest(handle: number, list: number, word: number): number
    _Hunspell_free_list(handle: number, list: number, count: number): void
    UTF8ToString(pointer: number): string
    /** The runtime is a thenable until deleted: never resolve a promise with it. */
    then?: unknown
  }

  const createRuntime: (options?: HunspellRuntimeOptions) => HunspellRuntime
  export default createRuntime
}

/**
 * The part of the WebAssembly JavaScript API used here (Node has it; the
 * `lib` setting leaves out the DOM typings that declare it).
 */
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array)
  }
  class Instance {
    constructor(module: Module, imports?: Imports)
    readonly exports: Exports
  }
  class Memory {
    constructor(descriptor: {initial: number; maximum?: number})
    readonly buffer: ArrayBuffer
    grow(pages: number): number
  }
  type Imports = Record<string, Record<string, unknown>>
  type Exports = Record<string, unknown>
}
