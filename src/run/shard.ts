/**
 * Sharding: `--shard i/n` splits the set of files among `n` jobs (a GitHub
 * Actions matrix) so that every file is checked by exactly one of them.
 *
 * A file's shard depends on its key alone (a stable hash of its path, see
 * {@link shardOf}), not on the other files: every job computes the same
 * assignment from the same file list without talking to the others, and
 * adding or removing a file never moves another file to a different shard.
 * The price is that shards are only balanced on average: with few files a
 * shard may get more than its share, or none at all. An empty shard is not
 * an error; its job reports no files.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'

/** One shard of a split: the `index`-th (1-based) of `count`. */
export interface Shard {
  /** 1-based, `1 <= index <= count`. */
  index: number
  count: number
}

/** The largest `n` accepted in `i/n` (GitHub runs at most 256 jobs per matrix). */
export const MAX_SHARD_COUNT = 65536

/** A `--shard` value that is not of the form `i/n`. */
export class ShardError extends Error {
  override name = 'ShardError'
}

const CANONICAL = /^[1-9][0-9]*\/[1-9][0-9]*$/

/**
 * Parse `i/n` (`1/3`, `2/3`, `3/3`): shard `i` of `n`, 1-based as in Jest and
 * Playwright. Both are decimal whole numbers without sign, spaces or leading
 * zeros (`01/3` is refused, so a value has one spelling), with
 * `1 <= i <= n <= 65536`.
 *
 * @throws {ShardError} naming the value and the expected form.
 */
export function parseShard(value: string): Shard {
  const expected = 'expected `i/n`, shard i of n, with whole numbers 1 <= i <= n (e.g. `1/3`)'
  const digits = /^([0-9]+)\/([0-9]+)$/.exec(value)
  if (!digits) throw new ShardError(`invalid shard \`${value}\`: ${expected}`)
  const index = Number(digits[1])
  const count = Number(digits[2])
  if (count === 0) throw new ShardError(`invalid shard \`${value}\`: the number of shards must be at least 1; ${expected}`)
  if (index === 0) throw new ShardError(`invalid shard \`${value}\`: shards are numbered from 1; ${expected}`)
  if (!CANONICAL.test(value)) throw new ShardError(`invalid shard \`${value}\`: write the numbers without leading zeros; ${expected}`)
  if (count > MAX_SHARD_COUNT) throw new ShardError(`invalid shard \`${value}\`: at most ${MAX_SHARD_COUNT} shards; ${expected}`)
  if (index > count) throw new ShardError(`invalid shard \`${value}\`: shard ${index} is past the last shard, ${count}; ${expected}`)
  return {index, count}
}

/**
 * The shard key of a file: its path relative to `root` (the directory the
 * file list is relative to: the config's root or the working directory),
 * with `/` separators. Every job of a matrix checks out the same tree, so the
 * key is the same on every machine and OS, whatever the absolute checkout
 * path. A file outside `root` keeps its `../` segments.
 */
export function shardKey(file: string, root: string): string {
  const relative = path.relative(root, path.resolve(root, file))
  return relative.split(path.sep).join('/')
}

/**
 * The 1-based shard, of `count`, that `key` belongs to.
 *
 * The hash: SHA-256 (node:crypto) of the key's UTF-8 bytes after Unicode NFC
 * normalisation (macOS may list a name decomposed that Linux stores
 * composed), the first 4 bytes read as an unsigned big-endian integer, modulo
 * `count`, plus 1. SHA-256 is fixed by FIPS 180-4, so the result is the same
 * on every OS, architecture and Node.js version; its bits are well mixed, so
 * similar paths (`a1.txt`, `a2.txt`) spread evenly even for counts that are
 * powers of two (unlike FNV-1a, whose low bits depend only on the low bits of
 * each byte). The bias of the modulo is below `count / 2^32`.
 *
 * The key must not depend on the machine: pass the relative POSIX path (see
 * {@link shardKey}), never an absolute path.
 */
export function shardOf(key: string, count: number): number {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`shard count must be a whole number of at least 1, not ${count}`)
  return (hash32(key) % count) + 1
}

/** Whether `key` belongs to `shard`. */
export function inShard(key: string, shard: Shard): boolean {
  return shardOf(key, shard.count) === shard.index
}

/**
 * The keys that belong to `shard`, in their given order. Each key is
 * assigned by its own hash (not by its position in the list, as
 * `files.slice(...)` would), so adding a file never moves the others between
 * shards and jobs that list the files in different orders still agree.
 */
export function shardFiles<T extends string>(keys: readonly T[], shard: Shard): T[] {
  return keys.filter((key) => inShard(key, shard))
}

function hash32(key: string): number {
  return createHash('sha256').update(key.normalize('NFC'), 'utf8').digest().readUInt32BE(0)
}
