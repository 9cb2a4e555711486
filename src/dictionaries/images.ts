/**
 * Memory images of loaded dictionaries, kept on disk so that the next run
 * restores a dictionary instead of parsing its files again (Serbian: a few
 * hundredths of a second instead of about 0.6 s).
 *
 * An image is the WebAssembly memory of an instance that has just loaded
 * one dictionary, up to its last non-zero byte, without its pages of zeros. It is keyed
 * by the SHA-256 of the WebAssembly program, the `.aff` and the `.dic`: a
 * changed dictionary or a new hunspell build never uses an old image. An
 * image that is damaged, truncated or does not match is ignored and made
 * again. Writing is best effort: a read-only folder only costs the time.
 *
 * Where: `TRANSLINT_DICTIONARY_CACHE` (a folder, or `off`), else
 * `node_modules/.cache/translint` in the nearest folder at or above the
 * working directory that has `node_modules` (the convention of Babel and
 * ESLint loaders), else nowhere.
 */
import fs from 'node:fs'
import path from 'node:path'
import {createHash} from 'node:crypto'
import {threadId} from 'node:worker_threads'
import {loadFromImage, programDigest, type Loaded} from './hunspell.js'

/*
 * Layout: a header (magic "TLHI", format, the Hunspell object's address,
 * the memory's size, the bytes described, the key, the number of pages
 * stored), a bitmap with one bit per 4 KiB page, then the pages whose bit is
 * set, in order. Little-endian.
 */
const MAGIC = 0x49484c54
const FORMAT = 3
const HEADER = 56
const KEY_BYTES = 32
const PAGE = 4096

/** The environment variable that moves or turns off the images. */
export const IMAGE_ENV = 'TRANSLINT_DICTIONARY_CACHE'

/**
 * The folder for images, or undefined when they are off: from
 * `TRANSLINT_DICTIONARY_CACHE`, else `node_modules/.cache/translint` at or
 * above `cwd`.
 */
export function imageDirectory(cwd: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env[IMAGE_ENV]
  if (setting !== undefined && setting !== '') {
    return /^(?:off|false|0|no)$/i.test(setting) ? undefined : path.resolve(cwd, setting)
  }
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    const modules = path.join(directory, 'node_modules')
    if (isDirectory(modules)) return path.join(modules, '.cache', 'translint')
    if (path.dirname(directory) === directory) return undefined
  }
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory()
  } catch {
    return false
  }
}

/** The key of a dictionary's image (undefined: the program is unknown, no images). */
export function imageKey(aff: Uint8Array, dic: Uint8Array): string | undefined {
  const program = programDigest()
  if (!program) return undefined
  const lengths = Buffer.alloc(8)
  lengths.writeUInt32LE(aff.length, 0)
  lengths.writeUInt32LE(dic.length, 4)
  return createHash('sha256').update(`translint image ${FORMAT}\0${program}\0`).update(lengths).update(aff).update(dic).digest('hex')
}

export class ImageStore {
  private writable = true
  constructor(readonly directory: string) {}

  /** Where the image of `tag` with `key` is (or would be). */
  file(tag: string, key: string): string {
    return path.join(this.directory, `${tag}.${key.slice(0, 16)}.img`)
  }

  /** The dictionary restored from its image, or undefined (none, stale or damaged). */
  async restore(tag: string, key: string): Promise<Loaded | undefined> {
    let descriptor: number
    try {
      descriptor = fs.openSync(this.file(tag, key), 'r')
    } catch {
      return undefined
    }
    try {
      const header = Buffer.alloc(HEADER)
      if (fs.readSync(descriptor, header, 0, HEADER, 0) !== HEADER) return undefined
      const handle = header.readUInt32LE(8)
      const memoryBytes = header.readUInt32LE(12)
      const dataBytes = header.readUInt32LE(16)
      const stored = header.readUInt32LE(52)
      const pages = Math.ceil(dataBytes / PAGE)
      const map = Buffer.alloc(Math.ceil(pages / 8))
      const valid = header.readUInt32LE(0) === MAGIC && header.readUInt32LE(4) === FORMAT &&
        header.subarray(20, 20 + KEY_BYTES).equals(Buffer.from(key, 'hex')) &&
        handle > 0 && handle < dataBytes && dataBytes <= memoryBytes && dataBytes % PAGE === 0 && stored <= pages &&
        fs.fstatSync(descriptor).size === HEADER + map.length + stored * PAGE &&
        fs.readSync(descriptor, map, 0, map.length, HEADER) === map.length && countPages(map, pages) === stored
      if (!valid) return undefined
      return await loadFromImage(handle, memoryBytes, (memory) => {
        // The pages left out, and all past the image, are zero: clear
        // those the runtime's start wrote to.
        const words = wordsOf(memory)
        for (const [first, count] of runs(map, pages, false)) clear(words, first, first + count)
        clear(words, pages, memory.length / PAGE)
        // Runs of stored pages, each read straight into the memory.
        let position = HEADER + map.length
        for (const [first, count] of runs(map, pages)) {
          readFully(descriptor, memory.subarray(first * PAGE, (first + count) * PAGE), position)
          position += count * PAGE
        }
      })
    } catch {
      return undefined
    } finally {
      fs.closeSync(descriptor)
    }
  }

  /**
   * Save a dictionary just loaded from its files (before any word was
   * checked with it), replacing older images of the same language. Pages
   * of zeros (a third to four fifths of a dictionary's memory) are left out.
   */
  save(tag: string, key: string, loaded: Loaded): void {
    if (!this.writable) return
    const memory = loaded.memory()
    const words = wordsOf(memory)
    // Up to the last page that is not all zeros.
    let pages = memory.length / PAGE
    while (pages > 0 && isZero(words, pages - 1)) pages--
    const dataBytes = pages * PAGE
    const map = Buffer.alloc(Math.ceil(pages / 8))
    let stored = 0
    for (let page = 0; page < pages; page++) {
      if (isZero(words, page)) continue
      map[page >> 3]! |= 1 << (page & 7)
      stored++
    }
    const header = Buffer.alloc(HEADER)
    header.writeUInt32LE(MAGIC, 0)
    header.writeUInt32LE(FORMAT, 4)
    header.writeUInt32LE(loaded.handle, 8)
    header.writeUInt32LE(memory.length, 12)
    header.writeUInt32LE(dataBytes, 16)
    Buffer.from(key, 'hex').copy(header, 20)
    header.writeUInt32LE(stored, 52)
    const target = this.file(tag, key)
    const temporary = `${target}.${process.pid}.${threadId}.tmp`
    try {
      fs.mkdirSync(this.directory, {recursive: true})
      const descriptor = fs.openSync(temporary, 'w')
      try {
        writeFully(descriptor, header)
        writeFully(descriptor, map)
        for (const [first, count] of runs(map, pages)) writeFully(descriptor, memory.subarray(first * PAGE, (first + count) * PAGE))
      } finally {
        fs.closeSync(descriptor)
      }
      fs.renameSync(temporary, target)
      for (const name of fs.readdirSync(this.directory)) {
        if (name.startsWith(`${tag}.`) && name.endsWith('.img') && path.join(this.directory, name) !== target) {
          fs.rmSync(path.join(this.directory, name), {force: true})
        }
      }
    } catch {
      // A read-only or full disk: run without images from now on.
      this.writable = false
      try {
        fs.rmSync(temporary, {force: true})
      } catch {
        // Nothing more to do.
      }
    }
  }
}

function isSet(map: Uint8Array, page: number): boolean {
  return (map[page >> 3]! & (1 << (page & 7))) !== 0
}

function countPages(map: Uint8Array, pages: number): number {
  let count = 0
  for (let page = 0; page < pages; page++) if (isSet(map, page)) count++
  return count
}

/** Runs of consecutive stored (or, with `stored` false, left out) pages: [first page, count]. */
function* runs(map: Uint8Array, pages: number, stored = true): Generator<[number, number]> {
  for (let page = 0; page < pages; page++) {
    if (isSet(map, page) !== stored) continue
    const first = page
    while (page + 1 < pages && isSet(map, page + 1) === stored) page++
    yield [first, page - first + 1]
  }
}

function readFully(descriptor: number, target: Uint8Array, position: number): void {
  let done = 0
  while (done < target.length) {
    const read = fs.readSync(descriptor, target, done, target.length - done, position + done)
    if (read === 0) throw new Error('image ends early')
    done += read
  }
}

function writeFully(descriptor: number, data: Uint8Array): void {
  let done = 0
  while (done < data.length) done += fs.writeSync(descriptor, data, done, data.length - done)
}

const WORDS_PER_PAGE = PAGE / 4

function wordsOf(memory: Uint8Array): Uint32Array {
  return new Uint32Array(memory.buffer, memory.byteOffset, memory.length >> 2)
}

/** Whether a page of the memory holds only zeros. */
function isZero(words: Uint32Array, page: number): boolean {
  const end = (page + 1) * WORDS_PER_PAGE
  for (let index = page * WORDS_PER_PAGE; index < end; index++) if (words[index] !== 0) return false
  return true
}

/**
 * Zero pages `from` to `to` (exclusive), writing only to those that are not
 * zero already: writing to a page never touched makes the system allocate it.
 */
function clear(words: Uint32Array, from: number, to: number): void {
  for (let page = from; page < to; page++) {
    if (!isZero(words, page)) words.fill(0, page * WORDS_PER_PAGE, (page + 1) * WORDS_PER_PAGE)
  }
}
