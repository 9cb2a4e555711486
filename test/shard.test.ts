/**
 * `--shard i/n`: parsing, and the assignment of files to shards (every file
 * in exactly one shard, stable across machines and runs).
 */
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import fc from 'fast-check'
import {parseShard, shardOf, inShard, shardFiles, shardKey, ShardError, MAX_SHARD_COUNT, type Shard} from '../src/run/shard.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 200)
const SEED = process.env.FUZZ_SEED === undefined ? 20261127 : Number(process.env.FUZZ_SEED)
const settings = {numRuns: RUNS, ...(Number.isNaN(SEED) ? {} : {seed: SEED})}

/** A few hundred paths as repositories have them: nested, Unicode, spaces, similar names. */
function samplePaths(): string[] {
  const folders = ['', 'translations/', 'docs/i18n/', 'my docs/', 'übersetzungen/', '日本語/', 'a/b/c/d/', 'emoji 😀/']
  const names = ['mission', 'README', 'straße', 'résumé', 'file 1', 'файл', 'שלום', 'x']
  const langs = ['sr', 'tl', 'ca', 'af', 'pt-BR']
  const paths: string[] = []
  for (const folder of folders) {
    for (const name of names) {
      for (const lang of langs) paths.push(`${folder}${name}.${lang}.${lang === 'pt-BR' ? 'md' : 'txt'}`)
    }
  }
  return paths
}

const shards = (count: number): Shard[] => Array.from({length: count}, (_, index) => ({index: index + 1, count}))

describe('parseShard', () => {
  it('accepts i/n with 1 <= i <= n', () => {
    expect(parseShard('1/1')).toEqual({index: 1, count: 1})
    expect(parseShard('1/3')).toEqual({index: 1, count: 3})
    expect(parseShard('3/3')).toEqual({index: 3, count: 3})
    expect(parseShard('10/12')).toEqual({index: 10, count: 12})
    expect(parseShard(`${MAX_SHARD_COUNT}/${MAX_SHARD_COUNT}`)).toEqual({index: MAX_SHARD_COUNT, count: MAX_SHARD_COUNT})
  })
  it.each([
    ['0/3', /^invalid shard `0\/3`: shards are numbered from 1; expected `i\/n`/],
    ['4/3', /^invalid shard `4\/3`: shard 4 is past the last shard, 3; expected `i\/n`/],
    ['1/0', /^invalid shard `1\/0`: the number of shards must be at least 1/],
    ['0/0', /the number of shards must be at least 1/],
    ['01/3', /^invalid shard `01\/3`: write the numbers without leading zeros/],
    ['1/03', /without leading zeros/],
    ['a/b', /^invalid shard `a\/b`: expected `i\/n`, shard i of n, with whole numbers 1 <= i <= n \(e\.g\. `1\/3`\)$/],
    ['1', /^invalid shard `1`: expected `i\/n`/],
    ['', /^invalid shard ``: expected `i\/n`/],
    ['1/3/4', /^invalid shard `1\/3\/4`: expected/],
    [' 1/3', /^invalid shard ` 1\/3`: expected/],
    ['1 / 3', /^invalid shard `1 \/ 3`: expected/],
    ['1/3\n', /expected `i\/n`/],
    ['+1/3', /expected `i\/n`/],
    ['-1/3', /expected `i\/n`/],
    ['1.0/3', /expected `i\/n`/],
    ['1e0/3', /expected `i\/n`/],
    ['١/٣', /expected `i\/n`/],
    ['1/65537', /at most 65536 shards/],
    ['1/99999999999999999999999', /at most 65536 shards/]
  ])('refuses %j', (value, message) => {
    expect(() => parseShard(value)).toThrow(ShardError)
    expect(() => parseShard(value)).toThrow(message)
  })
})

describe('shardOf', () => {
  it('is pinned: SHA-256 of the NFC UTF-8 key, first 4 bytes big-endian, modulo n, plus 1', () => {
    // Computed independently (Python hashlib); a changed hash moves files
    // between shards of a running matrix, so it must fail here.
    const pinned: Array<[string, number, number[]]> = [
      ['fixtures/iwca/tl.txt', 1763433491, [2, 3, 4, 2, 492]],
      ['fixtures/iwca/sr.txt', 957871502, [1, 3, 3, 1, 503]],
      ['docs/README.pt-BR.md', 2126748056, [1, 3, 1, 7, 57]],
      ['übersetzungen/straße.de.txt', 4210270037, [2, 3, 2, 2, 38]],
      ['my docs/a b.txt', 2340269977, [2, 2, 2, 4, 978]],
      ['日本語/説明.ja.md', 1411160263, [2, 2, 4, 3, 264]],
      ['', 3820012610, [1, 3, 3, 2, 611]]
    ]
    for (const [key, hash, expected] of pinned) {
      expect(shardOf(key, 2 ** 32) - 1).toBe(hash)
      expect([2, 3, 4, 7, 1000].map((count) => shardOf(key, count))).toEqual(expected)
    }
  })
  it('does not depend on Unicode normalisation (macOS lists names decomposed)', () => {
    const composed = 'übersetzungen/résumé.fr.txt'.normalize('NFC')
    const decomposed = composed.normalize('NFD')
    expect(decomposed).not.toBe(composed)
    for (let count = 1; count <= 16; count++) expect(shardOf(decomposed, count)).toBe(shardOf(composed, count))
  })
  it('is 1 for a single shard and refuses counts that are not whole numbers of at least 1', () => {
    for (const key of samplePaths()) expect(shardOf(key, 1)).toBe(1)
    for (const count of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => shardOf('a.txt', count)).toThrow(RangeError)
  })
})

describe('sharding a file set', () => {
  const paths = samplePaths()
  it('has a few hundred distinct sample paths', () => {
    expect(paths.length).toBeGreaterThanOrEqual(300)
    expect(new Set(paths).size).toBe(paths.length)
  })
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('puts every path in exactly one of %i shards', (count) => {
    const parts = shards(count).map((shard) => shardFiles(paths, shard))
    for (const key of paths) {
      const owners = shards(count).filter((shard) => inShard(key, shard))
      expect(owners).toHaveLength(1)
      expect(owners[0]!.index).toBe(shardOf(key, count))
    }
    // The shards together are the file set, each in its given order.
    expect(parts.flat().sort()).toEqual([...paths].sort())
    for (const part of parts) expect(part).toEqual(paths.filter((key) => part.includes(key)))
    // Balanced on average (a hash, not a round robin): no shard is far from its share.
    for (const part of parts) {
      expect(part.length).toBeGreaterThan((paths.length / count) * 0.5)
      expect(part.length).toBeLessThan((paths.length / count) * 1.5)
    }
  })
  it('never moves a file when others are added or removed, or listed in another order', () => {
    const shard = {index: 2, count: 3}
    const before = shardFiles(paths, shard)
    const more = [...paths, 'new/file.sr.txt', 'another one.tl.txt']
    expect(shardFiles(more, shard).filter((key) => paths.includes(key))).toEqual(before)
    expect(shardFiles(paths.slice(1), shard)).toEqual(before.filter((key) => key !== paths[0]))
    expect(shardFiles([...paths].reverse(), shard)).toEqual([...before].reverse())
  })
  it('may leave a shard empty when there are few files', () => {
    const parts = shards(8).map((shard) => shardFiles(['fixtures/iwca/tl.txt', 'fixtures/iwca/sr.txt'], shard))
    expect(parts.flat()).toHaveLength(2)
    expect(parts.filter((part) => part.length === 0).length).toBeGreaterThanOrEqual(6)
  })
})

describe('shardKey', () => {
  const root = path.resolve('/repo')
  it('is the path relative to the root with / separators, whatever the checkout path', () => {
    expect(shardKey('translations/sr.txt', root)).toBe('translations/sr.txt')
    expect(shardKey(path.join(root, 'translations', 'sr.txt'), root)).toBe('translations/sr.txt')
    expect(shardKey('./docs/../docs/a b.md', root)).toBe('docs/a b.md')
    expect(shardKey('../outside/x.txt', root)).toBe('../outside/x.txt')
    const elsewhere = path.resolve('/home/runner/work/repo/repo')
    expect(shardKey(path.join(elsewhere, 'translations', 'sr.txt'), elsewhere)).toBe(shardKey(path.join(root, 'translations', 'sr.txt'), root))
  })
})

describe('properties', () => {
  it('every key lands in exactly one of n shards', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 80}), fc.integer({min: 1, max: 64}), (key, count) => {
      const shard = shardOf(key, count)
      expect(Number.isInteger(shard) && shard >= 1 && shard <= count).toBe(true)
      expect(shards(count).filter((candidate) => inShard(key, candidate))).toEqual([{index: shard, count}])
      expect(shardOf(key, count)).toBe(shard)
    }), settings)
  })
  it('i/n round-trips through parseShard for every 1 <= i <= n', () => {
    fc.assert(fc.property(fc.integer({min: 1, max: MAX_SHARD_COUNT}).chain((count) => fc.tuple(fc.integer({min: 1, max: count}), fc.constant(count))), ([index, count]) => {
      expect(parseShard(`${index}/${count}`)).toEqual({index, count})
    }), settings)
  })
})
