import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {execFileSync} from 'node:child_process'
import {describe, it, expect, beforeAll} from 'vitest'
import fc from 'fast-check'
import {createSpeller, type DictionaryData} from '../src/dictionaries/backend.js'
import {loadFromFiles, programDigest} from '../src/dictionaries/hunspell.js'
import {ImageStore, imageDirectory, imageKey, IMAGE_ENV} from '../src/dictionaries/images.js'
import {read, root} from './helpers.js'

const dictionary = (folder: string): DictionaryData => ({
  aff: fs.readFileSync(path.join(root, folder, 'index.aff')),
  dic: fs.readFileSync(path.join(root, folder, 'index.dic'))
})
const temporary = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'translint-images-'))
const images = (directory: string): string[] => (fs.existsSync(directory) ? fs.readdirSync(directory).filter((name) => name.endsWith('.img')).sort() : [])

/** Words of a text, and the same words with one letter dropped, doubled or swapped: known and unknown words. */
function wordsOf(text: string): string[] {
  const words = [...new Set(text.match(/\p{L}+/gu) ?? [])]
  const edited = words.flatMap((word) => word.length < 4 ? [] : [word.slice(0, 2) + word.slice(3), word.slice(0, 2) + word[2]! + word.slice(2), word.slice(0, 1) + word[2] + word[1] + word.slice(3)])
  return [...words, ...edited]
}

describe('dictionary memory images', () => {
  it('finds the WebAssembly program (images need its digest)', () => {
    expect(programDigest()).toMatch(/^[\da-f]{64}$/)
  })

  // The seeds' languages: Serbian (Cyrillic, large affix table), Tagalog,
  // Afrikaans (compound rules) and English.
  const cases: Array<[string, string, string]> = [
    ['sr', 'dictionaries/sr', 'fixtures/iwca/sr.txt'],
    ['tl', 'dictionaries/tl', 'fixtures/iwca/tl.txt'],
    ['af', 'dictionaries/af', 'fixtures/iwca/af.txt'],
    ['en', 'node_modules/dictionary-en', 'fixtures/iwca/en.txt']
  ]

  it.each(cases)('%s: a restored dictionary answers exactly as the one loaded from its files', async (tag, folder, text) => {
    const directory = temporary()
    const store = new ImageStore(directory)
    const data = dictionary(folder)
    const fresh = await createSpeller(tag, data)
    const saved = await createSpeller(tag, data, store)
    expect(images(directory)).toHaveLength(1)
    const restored = await createSpeller(tag, data, store)
    const words = wordsOf(read(text))
    expect(words.map((word) => restored.correct(word))).toEqual(words.map((word) => fresh.correct(word)))
    expect(words.map((word) => saved.correct(word))).toEqual(words.map((word) => fresh.correct(word)))
    // Suggestions search the whole dictionary: a sample of unknown words.
    const unknown = words.filter((word) => !fresh.correct(word)).slice(0, tag === 'af' ? 2 : 6)
    expect(unknown.length).toBeGreaterThan(0)
    expect(unknown.map((word) => restored.suggest(word))).toEqual(unknown.map((word) => fresh.suggest(word)))
  })

  it('restored and fresh agree on random words (property)', async () => {
    const directory = temporary()
    const data = dictionary('dictionaries/tl')
    const fresh = await createSpeller('tl', data)
    await createSpeller('tl', data, new ImageStore(directory))
    const restored = await createSpeller('tl', data, new ImageStore(directory))
    fc.assert(fc.property(fc.string({unit: fc.constantFrom(...'abdegiklmnoprstuwy-\'ñ'), minLength: 1, maxLength: 14}), (word) => {
      expect(restored.correct(word)).toBe(fresh.correct(word))
    }), {numRuns: 500})
  })

  it('restores instead of parsing: the image is read, and the files only for the key', async () => {
    const directory = temporary()
    const store = new ImageStore(directory)
    const data = dictionary('dictionaries/tl')
    await createSpeller('tl', data, store)
    const [name] = images(directory)
    const key = imageKey(data.aff, data.dic)!
    expect(name).toBe(`tl.${key.slice(0, 16)}.img`)
    const loaded = await store.restore('tl', key)
    expect(loaded?.spell('pagsulat')).toBe(true)
    expect(loaded?.spell('pagsluat')).toBe(false)
  })

  it('ignores a damaged, truncated or foreign image and makes it again', async () => {
    const directory = temporary()
    const store = new ImageStore(directory)
    const data = dictionary('dictionaries/tl')
    await createSpeller('tl', data, store)
    const file = path.join(directory, images(directory)[0]!)
    const good = fs.readFileSync(file)
    const key = imageKey(data.aff, data.dic)!

    const damaged = Buffer.from(good)
    damaged.write('XXXX', 0)
    fs.writeFileSync(file, damaged)
    expect(await store.restore('tl', key)).toBeUndefined()

    fs.writeFileSync(file, good.subarray(0, good.length - 4096))
    expect(await store.restore('tl', key)).toBeUndefined()

    const foreign = Buffer.from(good)
    foreign[20] = foreign[20]! ^ 0xff
    fs.writeFileSync(file, foreign)
    expect(await store.restore('tl', key)).toBeUndefined()

    fs.writeFileSync(file, 'not an image')
    expect(await store.restore('tl', key)).toBeUndefined()

    // Checking still works, and the image is written again.
    const speller = await createSpeller('tl', data, store)
    expect(speller.correct('pagsulat')).toBe(true)
    expect(fs.readFileSync(file).equals(good)).toBe(true)
  })

  it('a changed dictionary gets a new image that replaces the old one', async () => {
    const directory = temporary()
    const store = new ImageStore(directory)
    const data = dictionary('dictionaries/tl')
    await createSpeller('tl', data, store)
    const before = images(directory)
    const changed = {aff: data.aff, dic: Buffer.concat([data.dic, Buffer.from('translintword\n')])}
    const speller = await createSpeller('tl', changed, store)
    expect(speller.correct('translintword')).toBe(true)
    const after = images(directory)
    expect(after).toHaveLength(1)
    expect(after).not.toEqual(before)
    // Another language's image is left alone.
    await createSpeller('en', dictionary('node_modules/dictionary-en'), store)
    await createSpeller('tl', data, store)
    expect(images(directory).map((name) => name.split('.')[0])).toEqual(['en', 'tl'])
  })

  it('a folder that cannot be written costs only the time', async () => {
    const file = path.join(temporary(), 'a-file')
    fs.writeFileSync(file, '')
    const store = new ImageStore(path.join(file, 'images'))
    const speller = await createSpeller('tl', dictionary('dictionaries/tl'), store)
    expect(speller.correct('pagsulat')).toBe(true)
    expect(speller.correct('pagsluat')).toBe(false)
  })

  it('leaves pages of zeros out of an image, and hunspell stays quiet about a bad .aff', async () => {
    const written: string[] = []
    const write = process.stderr.write.bind(process.stderr)
    process.stderr.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    }) as typeof process.stderr.write
    const directory = temporary()
    const store = new ImageStore(directory)
    const data = {aff: Buffer.from('SET UTF-8\nSFX A Y 1\nSFX A 0 s . extra\nPFX\nCOMPOUNDMIN x\n'), dic: Buffer.from('2\nword/A\nother\n')}
    try {
      const loaded = await loadFromFiles(data.aff, data.dic)
      expect(loaded.spell('words')).toBe(true)
      const key = imageKey(data.aff, data.dic)!
      store.save('xx', key, loaded)
      // A fresh instance's memory is 16 MB, mostly never written.
      const size = fs.statSync(store.file('xx', key)).size
      const zeroPages = Array.from({length: loaded.memory().length / 4096}, (_, page) => loaded.memory().subarray(page * 4096, (page + 1) * 4096).every((byte) => byte === 0)).filter(Boolean).length
      expect(size).toBeLessThan(loaded.memory().length - zeroPages * 4096 + 8192)
      expect(size).toBeLessThan(loaded.memory().length / 2)
      const restored = await store.restore('xx', key)
      expect(restored?.spell('words')).toBe(true)
      expect(restored?.spell('wordz')).toBe(false)
      expect(restored?.memory().length).toBe(loaded.memory().length)
    } finally {
      process.stderr.write = write
    }
    expect(written.join('')).toBe('')
  })

  it('does not pile up process listeners, one instance per dictionary', async () => {
    const before = process.listenerCount('uncaughtException')
    const data = dictionary('dictionaries/tl')
    for (let index = 0; index < 12; index++) await createSpeller('tl', data)
    expect(process.listenerCount('uncaughtException')).toBe(before)
  })
})

describe('where images are kept', () => {
  it('in node_modules/.cache/translint at or above the working directory', () => {
    expect(imageDirectory(path.join(root, 'fixtures', 'iwca'), {})).toBe(path.join(root, 'node_modules', '.cache', 'translint'))
  })

  it('nowhere when no folder above has node_modules', () => {
    const directory = temporary()
    expect(imageDirectory(directory, {})).toBeUndefined()
  })

  it(`${IMAGE_ENV} moves them or turns them off`, () => {
    expect(imageDirectory('/work', {[IMAGE_ENV]: 'cache/images'})).toBe(path.resolve('/work', 'cache/images'))
    for (const off of ['off', 'false', '0', 'OFF']) expect(imageDirectory(root, {[IMAGE_ENV]: off})).toBeUndefined()
  })
})

describe('images through the command', () => {
  const cli = path.join(root, 'bin', 'translint.js')
  const seeds = path.join(root, 'fixtures', 'iwca')
  const run = (env: Record<string, string>): string => {
    try {
      return execFileSync(process.execPath, [cli, '--format', 'json', '--source', path.join(seeds, 'en.txt'), path.join(seeds, 'tl.txt'), path.join(seeds, 'sr.txt')], {cwd: root, env: {...process.env, ...env}, encoding: 'utf8'})
    } catch (error) {
      // Exit code 1: the seeds have errors.
      return (error as {stdout: string}).stdout
    }
  }
  let off = ''
  beforeAll(() => {
    off = run({[IMAGE_ENV]: 'off'})
  })

  it('the first run writes images (the bundle finds its WebAssembly), the next restores them: same report', async () => {
    const directory = temporary()
    const first = run({[IMAGE_ENV]: directory})
    expect(images(directory).map((name) => name.split('.')[0])).toEqual(['en', 'sr', 'tl'])
    const stamps = images(directory).map((name) => fs.statSync(path.join(directory, name)).mtimeMs)
    const second = run({[IMAGE_ENV]: directory})
    expect(images(directory).map((name) => fs.statSync(path.join(directory, name)).mtimeMs)).toEqual(stamps)
    // The same image, byte for byte, as one made in this process.
    const here = temporary()
    await createSpeller('tl', dictionary('dictionaries/tl'), new ImageStore(here))
    expect(fs.readFileSync(path.join(here, images(here)[0]!))).toEqual(fs.readFileSync(path.join(directory, images(directory).find((name) => name.startsWith('tl.'))!)))
    expect(JSON.parse(first).length).toBe(2)
    expect(first).toBe(off)
    expect(second).toBe(off)
  })
})
