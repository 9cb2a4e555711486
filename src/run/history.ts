/**
 * Source history for the `stale` rule (#13): for each translation/source
 * pair of a project in git, whether the source changed since the
 * translation was last brought up to date, and if so the source's text as
 * it was then. The rule diffs the texts; this module only finds them. It
 * reads git through its command line, never touches the network, never
 * prints, never exits and does not throw for any ordinary state of a
 * repository: what it cannot decide it says, per pair (`unknown`) or for
 * the whole run (`ok: false`, for the run's one info message).
 *
 * ```ts
 * const history = await readHistory([{translation, source}], {cwd})
 * if (!history.ok) info(history.reason)
 * else history.stale.get(translation) // HistoryInput for lintText, or undefined
 * ```
 *
 * **The base.** A translation is up to date with its *base* commit: the
 * commit in its YAML front matter at `key` (a dotted path, default
 * `l10n.sourceCommit`; a key that itself holds dots is tried too; a full or
 * short hex hash of 4 to 64 digits; `baseFrom: 'front-matter'`), or else
 * the last commit that touched the translation (`baseFrom: 'git'`). The
 * front matter is `---` … `---` at the very start of the text (after an
 * optional byte order mark, CRLF or LF). An empty value counts as no value;
 * a value that is not a hash, is not a commit of the repository, is
 * ambiguous, or front matter that is not valid YAML while it holds the
 * key's last segment makes the pair `unknown` with the reason (never a
 * silent fallback to git). A translation without a usable key that was never committed
 * (untracked) has no base: nothing to compare against, so it is neither
 * stale nor unknown. A translation without the key that has uncommitted
 * changes (staged or not) is being brought up to date right now, as
 * committing it would make it: not stale either. A translation with the key
 * is judged by the key alone.
 *
 * **Stale** when the source's text at the base differs from its text on
 * disk now (so uncommitted edits of the source count), both decoded like
 * any file (`decode`: UTF-8/UTF-16, byte order mark dropped) and compared
 * with CRLF read as LF (a checkout with `core.autocrlf` is not a change).
 * `previousText` is the source's text at the base as decoded, `head` the
 * last commit that touched the source, or `null` when the source on disk
 * differs from its last committed text (or was never committed), and
 * `commits` the number of commits that touched the source after the base:
 * those listed before the base by `git log --topo-order` (exact for linear
 * histories; with merges, a side branch's commits merged after the base
 * count as after it). A front-matter base that HEAD does not reach (another
 * branch, a rebased-away commit) counts the source's commits with a later
 * committer time instead. A source that did not exist at the base (added or
 * renamed since), was no regular file there (a symbolic link, a folder, a
 * submodule), is not text there, or cannot be read or decoded now makes the
 * pair `unknown`.
 *
 * **Processes.** At most seven, whatever the number of pairs, all with
 * `--literal-pathspecs`, `-c core.quotepath=off`, `-c protocol.allow=never`
 * (no transport at all, so not even a partial clone can fetch lazily) and
 * the environment `GIT_OPTIONAL_LOCKS=0`, `GIT_NO_LAZY_FETCH=1`,
 * `GIT_TERMINAL_PROMPT=0`, `LC_ALL=C`; after the first, in the top level:
 *
 * 1. `git rev-parse --show-toplevel --is-shallow-repository --git-path
 *    shallow` in `cwd`: the top level (paths in git's output are relative
 *    to it; `cwd` may be a subfolder), whether the clone is shallow, and
 *    its boundary commits.
 * 2. `git log --stdin --topo-order --full-history --sparse --no-renames
 *    --name-only -z` from HEAD, limited to the folders of the pairs (one
 *    pathspec a top-level folder, on its standard input): every commit
 *    with its committer time (`--sparse` lists those that touched none of
 *    the folders too, so that any base has a place in the order), and for
 *    every path the commits that touched it, newest first. Merges list no
 *    files; renames are a deletion and an addition.
 * 3. `git status --porcelain -z --untracked-files=no --no-renames` over the
 *    same folders: the files whose index or working tree differs from
 *    HEAD. (2 and 3 run at the same time, while this module reads the
 *    files.)
 * 4. `git cat-file --batch`, only when front matter names commits:
 *    `<hash>^{commit}` resolves short hashes and gives committer times.
 * 5. `git cat-file --batch-check`: the tree ids of the sources' folders at
 *    the bases and at HEAD (`<commit>:<folder>`).
 * 6. `git cat-file --batch`: those trees, each distinct one once; the
 *    sources' blob ids at the base and at HEAD are looked up in them (asking
 *    git for `<commit>:<path>` of every pair would have it read the same
 *    large folder trees thousands of times). When the two ids are equal and
 *    the source is not modified, the pair is fresh without reading a text.
 * 7. `git cat-file --batch`: the distinct blobs whose text is still needed.
 *
 * This module reads the translations only for their front matter, and only
 * those `texts` does not supply, and each source once. Front matter that is
 * plain block YAML is read by a fast path (`simpleLookup`), the rest by
 * the yaml package. Ten thousand pairs (a thousand sources, ten locales, a
 * history of three hundred commits) take about two seconds on a busy
 * two-core machine.
 *
 * **Shallow clones.** A base commit missing from a shallow clone, or a
 * base taken from git that is one of the clone's boundary commits (where
 * every file looks added, so the real last change is hidden), makes the
 * pair `unknown` with a reason that names the shallow clone and
 * `fetch-depth: 0`. When the clone is shallow and no pair could be decided
 * at all for that reason, the result is `ok: false` with one such reason.
 * `ok: false` also when `cwd` does not exist, git is not installed, `cwd`
 * is not in a git work tree (or git refuses it as unsafe), or the repository
 * has no commits yet.
 *
 * **Paths.** Pairs are absolute paths; their folders are resolved through
 * symbolic links to find them in the repository (the file name is kept, as
 * git tracks a linked file as the link). A path outside the top level
 * (another repository, a submodule's folder is not looked into) or holding
 * a line break makes the pair `unknown`. Results are keyed by the
 * translation path as given; a translation listed twice keeps its last
 * pair.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {parseDocument, isAlias, isScalar} from 'yaml'
import {decode} from '../document/decode.js'
import type {HistoryInput} from '../lint/engine.js'

export type {HistoryInput}

/** The front matter key that records the source commit a translation follows. */
export const DEFAULT_SOURCE_COMMIT_KEY = 'l10n.sourceCommit'

/** A translation and its source, both absolute paths. */
export interface HistoryPair {
  translation: string
  source: string
}

export interface HistoryOptions {
  /** Where the run is (the config's folder); the repository is the one holding it. */
  cwd: string
  /** The front matter key (dotted path) of the source commit (default `l10n.sourceCommit`). */
  key?: string
  /** The translation's text when the caller has it already (else the file is read). */
  texts?: (translation: string) => string | undefined
  /** The git executable (default `git` on the PATH). */
  git?: string
}

export type HistoryResult =
  | {
    ok: true
    /** Translations whose source changed since their base, by translation path (as given). */
    stale: Map<string, HistoryInput>
    /** Translations whose staleness could not be decided, with the reason (a sentence). */
    unknown: Map<string, string>
  }
  | {
    ok: false
    /** Why staleness was not checked at all (a sentence for one info message). */
    reason: string
  }

const HASH = /^[0-9a-f]{4,64}$/i
const FETCH_ALL = 'fetch the full history (e.g. actions/checkout with `fetch-depth: 0`)'
/** More top-level folders than this: the log and status cover the whole tree. */
const MAX_PATHSPECS = 16

/** A source file of the run. */
interface SourceFile {
  /** The absolute path as given. */
  file: string
  /** Relative to the top level, `/`-separated; its folder (`.` at the top) and name. */
  rel: string
  folder: string
  name: string
  /** The name's UTF-8 bytes as Latin-1, as trees are looked up. */
  key: string
  /** Its text on disk now, or why it cannot be read. */
  text: string | {reason: string}
}

/** A pair on its way through the steps. */
interface Job {
  translation: string
  rel: string
  source: SourceFile
  base: string
  baseFrom: 'front-matter' | 'git'
  /** The base's committer time (seconds). */
  time: number
}

/** Staleness of each translation against its source, from one pass over the repository's history. */
export async function readHistory(pairs: readonly HistoryPair[], options: HistoryOptions): Promise<HistoryResult> {
  const git = new Git(options.git ?? 'git')
  const key = options.key ?? DEFAULT_SOURCE_COMMIT_KEY
  const skipped = (why: string): HistoryResult => ({ok: false, reason: `staleness was not checked: ${why}`})

  if (!isDirectory(options.cwd)) return skipped(`${options.cwd} is not a folder`)
  const where = await git.run(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', 'shallow'], options.cwd)
  if (where.error) return skipped(where.error.code === 'ENOENT' ? `git is not installed (\`${git.executable}\` was not found)` : `git could not be run (${where.error.message})`)
  if (where.code !== 0) {
    if (/dubious ownership/.test(where.stderr)) return skipped(`git refuses the repository of ${options.cwd}: it belongs to another user (see git's safe.directory)`)
    return skipped(`${options.cwd} is not in a git repository`)
  }
  const [topLine = '', shallowLine = '', shallowFileLine = ''] = where.stdout.toString('utf8').split('\n')
  const top = realDir(path.resolve(topLine))
  const shallow = shallowLine.trim() === 'true'
  const boundaries = shallow ? readBoundaries(path.resolve(options.cwd, shallowFileLine)) : new Set<string>()

  const stale = new Map<string, HistoryInput>()
  const unknown = new Map<string, string>()

  // Where each file is in the repository: its folder resolved once (through symbolic links), relative to the top level.
  const folders = new Map<string, string | null>()
  const locate = (file: string): {rel: string; folder: string; name: string} | undefined => {
    const dir = path.dirname(file)
    let folder = folders.get(dir)
    if (folder === undefined) {
      const relative = path.relative(top, realDir(dir))
      folder = relative.startsWith('..') || path.isAbsolute(relative) ? null : relative ? relative.split(path.sep).join('/') : '.'
      folders.set(dir, folder)
    }
    if (folder === null) return undefined
    const name = path.basename(file)
    return {rel: folder === '.' ? name : `${folder}/${name}`, folder, name}
  }
  const latest = new Map<string, HistoryPair>()
  for (const pair of pairs) {
    latest.delete(pair.translation)
    latest.set(pair.translation, pair)
  }
  const sources = new Map<string, SourceFile | undefined>()
  const located: Array<{translation: string; rel: string; source: SourceFile}> = []
  for (const pair of latest.values()) {
    const translation = locate(pair.translation)
    if (!sources.has(pair.source)) {
      const found = locate(pair.source)
      sources.set(pair.source, found && {file: pair.source, ...found, key: Buffer.from(found.name, 'utf8').toString('latin1'), text: ''})
    }
    const source = sources.get(pair.source)
    if (translation === undefined || source === undefined) {
      unknown.set(pair.translation, `${translation === undefined ? pair.translation : pair.source} is outside the git repository at ${top}`)
    } else if (/[\r\n]/.test(translation.rel) || /[\r\n]/.test(source.rel)) {
      unknown.set(pair.translation, 'a path with a line break cannot be looked up in git')
    } else {
      located.push({translation: pair.translation, rel: translation.rel, source})
    }
  }
  if (located.length === 0) return {ok: true, stale, unknown}

  // One log pass and one status over the pairs' folders; meanwhile the files are read (synchronously: many small
  // asynchronous reads are far slower, and git works in its own processes).
  const specs = pathspecs([...new Set([...folders.values()].filter((folder) => folder !== null))])
  const logging = git.run(['log', '--stdin', '--topo-order', '--full-history', '--sparse', '--no-renames', '--name-only', '-z', '--format=%x01%H %ct'], top, `HEAD\n--\n${specs.map((spec) => `${spec}\n`).join('')}`)
  const statusing = git.run(['status', '--porcelain', '-z', '--untracked-files=no', '--no-renames', '--', ...(specs.length ? specs : ['.'])], top)
  const frontMatter = located.map((pair) => readFrontMatter(pair.translation, key, options.texts))
  for (const source of sources.values()) if (source) source.text = readText(source.file)
  const [logged, status] = await Promise.all([logging, statusing])
  if (logged.error || logged.code !== 0) {
    if (/bad revision 'HEAD'|does not have any commits/.test(logged.stderr)) return skipped(`the repository at ${top} has no commits yet`)
    return skipped(`git log failed in ${top}: ${firstLine(logged.error?.message ?? logged.stderr)}`)
  }
  const log = parseLog(logged.stdout)
  const head = log.commits[0]?.hash
  if (head === undefined) return skipped(`the repository at ${top} has no commits yet`)
  if (status.error || status.code !== 0) return skipped(`git status failed in ${top}: ${firstLine(status.error?.message ?? status.stderr)}`)
  const modified = parseStatus(status.stdout)

  // The base of every pair; the commits front matter names resolved in one batch.
  const named = [...new Set(frontMatter.flatMap((found) => found.kind === 'hash' ? [found.value] : []))]
  const resolved = new Map<string, {hash: string; time: number} | 'missing' | 'ambiguous'>()
  if (named.length) {
    const answers = await git.batch(['cat-file', '--batch'], top, named.map((hash) => `${hash}^{commit}`))
    if (!answers) return skipped(`git cat-file failed in ${top}`)
    named.forEach((hash, index) => {
      const answer = answers[index]!
      resolved.set(hash, answer.type === 'commit' ? {hash: answer.oid, time: committerTime(answer.content)} : answer.status === 'ambiguous' ? 'ambiguous' : 'missing')
    })
  }
  const label = `the front matter's ${key}`
  const notInClone = (what: string): string => `${what} is not in this shallow clone: ${FETCH_ALL}`
  let shallowUnknowns = 0
  const jobs: Job[] = []
  located.forEach((pair, index) => {
    const found = frontMatter[index]!
    if (found.kind === 'invalid') {
      unknown.set(pair.translation, `${label} ${found.reason}`)
    } else if (found.kind === 'hash') {
      const commit = resolved.get(found.value)
      if (commit === 'ambiguous') unknown.set(pair.translation, `${label} \`${found.value}\` is ambiguous in this repository: give more digits`)
      else if (commit !== undefined && commit !== 'missing') jobs.push({translation: pair.translation, rel: pair.rel, source: pair.source, base: commit.hash, baseFrom: 'front-matter', time: commit.time})
      else if (!shallow) unknown.set(pair.translation, `${label} \`${found.value}\` is not a commit in this repository`)
      else {
        shallowUnknowns++
        unknown.set(pair.translation, notInClone(`${label} \`${found.value}\``))
      }
    } else {
      const last = log.touched.get(pair.rel)?.[0]
      // Never committed: nothing to compare against. Changed and not committed yet: being brought up to date now.
      if (last === undefined || modified.has(pair.rel)) return
      const commit = log.commits[last]!
      if (!boundaries.has(commit.hash)) jobs.push({translation: pair.translation, rel: pair.rel, source: pair.source, base: commit.hash, baseFrom: 'git', time: commit.time})
      else {
        shallowUnknowns++
        unknown.set(pair.translation, notInClone('the commit that last changed the translation'))
      }
    }
  })

  // The source's blob at each base and at HEAD: the trees of the sources' folders at those commits (one batch for
  // their ids, one for the distinct trees), looked up here. Asking for `<commit>:<path>` of every pair instead
  // would have git read the same large folder trees thousands of times.
  const treeIds = new Map<string, Map<string, string | undefined>>()
  const treeQueries: Array<{commit: string; folder: string}> = []
  const ask = (commit: string, folder: string): void => {
    let byFolder = treeIds.get(commit)
    if (byFolder === undefined) treeIds.set(commit, byFolder = new Map())
    if (byFolder.has(folder)) return
    byFolder.set(folder, undefined)
    treeQueries.push({commit, folder})
  }
  for (const job of jobs) {
    ask(job.base, job.source.folder)
    ask(head, job.source.folder)
  }
  const ids = treeQueries.length ? await git.batch(['cat-file', '--batch-check'], top, treeQueries.map(({commit, folder}) => folder === '.' ? `${commit}^{tree}` : `${commit}:${folder}`)) : []
  if (!ids) return skipped(`git cat-file failed in ${top}`)
  const distinct = new Set<string>()
  treeQueries.forEach(({commit, folder}, index) => {
    const answer = ids[index]!
    if (answer.status !== 'found' || answer.type !== 'tree') return
    treeIds.get(commit)!.set(folder, answer.oid)
    distinct.add(answer.oid)
  })
  const treeList = [...distinct]
  const treeContents = treeList.length ? await git.batch(['cat-file', '--batch'], top, treeList) : []
  if (!treeContents) return skipped(`git cat-file failed in ${top}`)
  const trees = new Map<string, Tree>()
  treeList.forEach((oid, index) => {
    const answer = treeContents[index]!
    if (answer.type === 'tree') trees.set(oid, new Tree(answer.content, oid.length / 2))
  })
  const entryAt = (commit: string, source: SourceFile): TreeEntry | undefined => {
    const tree = treeIds.get(commit)?.get(source.folder)
    return tree === undefined ? undefined : trees.get(tree)?.get(source.key)
  }

  // Fresh without reading any text when the source's blob at the base is the one at HEAD and the file is unchanged.
  const candidates: Array<{job: Job; previous: string; last: string | undefined}> = []
  let decided = 0
  for (const job of jobs) {
    const {source} = job
    const atBase = entryAt(job.base, source)
    if (!isFile(atBase)) {
      unknown.set(job.translation, `the source ${atBase === undefined ? 'did not exist' : 'was not a file'} at ${job.base.slice(0, 12)}, the commit the translation follows${atBase === undefined ? ' (added or renamed since)' : ''}`)
    } else if (typeof source.text !== 'string') {
      unknown.set(job.translation, `the source cannot be read: ${source.text.reason}`)
    } else {
      const atHead = entryAt(head, source)
      if (!modified.has(source.rel) && atHead?.oid === atBase.oid) decided++
      else candidates.push({job, previous: atBase.oid, last: isFile(atHead) ? atHead.oid : undefined})
    }
  }
  const wanted = new Set<string>()
  for (const {job, previous, last} of candidates) {
    wanted.add(previous)
    if (last !== undefined && modified.has(job.source.rel)) wanted.add(last)
  }
  const blobList = [...wanted]
  const blobs = blobList.length ? await git.batch(['cat-file', '--batch'], top, blobList) : []
  if (!blobs) return skipped(`git cat-file failed in ${top}`)
  const contents = new Map<string, string | undefined>()
  blobList.forEach((oid, index) => {
    const answer = blobs[index]!
    const decoded = answer.type === 'blob' ? decode(answer.content) : undefined
    contents.set(oid, decoded?.ok ? decoded.text : undefined)
  })

  for (const {job, previous, last} of candidates) {
    const previousText = contents.get(previous)
    const now = job.source.text as string
    if (previousText === undefined) {
      unknown.set(job.translation, contents.has(previous)
        ? `the source at ${job.base.slice(0, 12)} is not text`
        : `the source's text at ${job.base.slice(0, 12)} is not in this clone`)
      continue
    }
    decided++
    if (sameText(previousText, now)) continue
    const touched = log.touched.get(job.source.rel) ?? []
    const position = log.positions.get(job.base)
    let commits = 0
    for (const index of touched) if (position === undefined ? log.commits[index]!.time > job.time : index < position) commits++
    // The last commit that touched the source is the head unless the file differs from what it committed.
    let committed = !modified.has(job.source.rel)
    if (!committed && last !== undefined) {
      const lastText = contents.get(last)
      committed = lastText !== undefined && sameText(lastText, now)
    }
    stale.set(job.translation, {
      previousText,
      base: job.base,
      baseFrom: job.baseFrom,
      head: committed && touched[0] !== undefined ? log.commits[touched[0]]!.hash : null,
      commits
    })
  }

  if (shallow && decided === 0 && shallowUnknowns > 0) {
    return skipped(`the repository is a shallow clone without the history needed: ${FETCH_ALL}`)
  }
  return {ok: true, stale, unknown}
}

// ---------------------------------------------------------------------------
// git

interface Run {
  code: number | null
  stdout: Buffer
  stderr: string
  error?: NodeJS.ErrnoException
}

type Answer =
  | {status: 'found'; oid: string; type: string; content: Buffer}
  | {status: 'missing' | 'ambiguous' | 'other'; type?: undefined}

class Git {
  constructor(readonly executable: string) {}

  /** Runs git to the end, its output whole (no buffer limit); never rejects. */
  run(args: string[], cwd: string, input?: string): Promise<Run> {
    return new Promise((resolve) => {
      const child = spawn(this.executable, ['--literal-pathspecs', '-c', 'core.quotepath=off', '-c', 'protocol.allow=never', ...args], {
        cwd,
        env: {...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C'},
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true
      })
      const out: Buffer[] = []
      let err = ''
      let failure: NodeJS.ErrnoException | undefined
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => {
        if (err.length < 8192) err += chunk.toString('utf8')
      })
      child.stdin.on('error', () => {}) // git may exit before reading everything
      child.on('error', (error) => {
        failure = error
      })
      child.on('close', (code) => resolve({code, stdout: Buffer.concat(out), stderr: err, ...(failure ? {error: failure} : {})}))
      child.stdin.end(input ?? '')
    })
  }

  /** A `cat-file --batch` or `--batch-check` over the queries, one answer each in order; undefined when git failed. */
  async batch(args: string[], cwd: string, queries: string[]): Promise<Answer[] | undefined> {
    const result = await this.run(args, cwd, queries.map((query) => `${query}\n`).join(''))
    if (result.error || result.code !== 0) return undefined
    const withContent = args.includes('--batch')
    const out = result.stdout
    const answers: Answer[] = []
    let offset = 0
    for (let index = 0; index < queries.length; index++) {
      const end = out.indexOf(10, offset)
      if (end === -1) return undefined
      const header = out.toString('utf8', offset, end)
      offset = end + 1
      const found = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header)
      if (!found) {
        answers.push({status: header.endsWith(' ambiguous') ? 'ambiguous' : header.endsWith(' missing') ? 'missing' : 'other'})
        continue
      }
      const size = Number(found[3])
      const content = withContent ? out.subarray(offset, offset + size) : Buffer.alloc(0)
      if (withContent) offset += size + 1
      answers.push({status: 'found', oid: found[1]!, type: found[2]!, content})
    }
    return answers
  }
}

interface Log {
  /** Newest first (topological order from HEAD). */
  commits: Array<{hash: string; time: number}>
  positions: Map<string, number>
  /** For each path (relative to the top level), the indexes of the commits that touched it, newest first. */
  touched: Map<string, number[]>
}

/** `--format=%x01%H %ct --name-only -z`: `\x01<hash> <time>\0`, then `\n<name>\0<name>\0…` when files changed. */
function parseLog(out: Buffer): Log {
  const log: Log = {commits: [], positions: new Map(), touched: new Map()}
  let first = false
  for (const token of out.toString('utf8').split('\0')) {
    if (token.charCodeAt(0) === 1) {
      const space = token.indexOf(' ')
      const hash = token.slice(1, space)
      log.positions.set(hash, log.commits.length)
      log.commits.push({hash, time: Number(token.slice(space + 1))})
      first = true
      continue
    }
    const name = first && token.charCodeAt(0) === 10 ? token.slice(1) : token
    first = false
    if (!name || log.commits.length === 0) continue
    const index = log.commits.length - 1
    const list = log.touched.get(name)
    if (list === undefined) log.touched.set(name, [index])
    else if (list[list.length - 1] !== index) list.push(index)
  }
  return log
}

/** Paths that differ from HEAD in the index or the working tree (`status --porcelain -z`: `XY path\0`). */
function parseStatus(out: Buffer): Set<string> {
  const modified = new Set<string>()
  for (const entry of out.toString('utf8').split('\0')) {
    if (entry.length < 4 || entry.startsWith('??') || entry.startsWith('!!')) continue
    modified.add(entry.slice(3))
  }
  return modified
}

interface TreeEntry {
  mode: string
  oid: string
}

/** A tree object (`<mode> <name>\0<raw id>` each entry), its entries looked up by name. */
class Tree {
  /** Where each entry starts, by its name's bytes read as Latin-1 (cheaper than UTF-8 for names never looked up). */
  private readonly starts = new Map<string, number>()

  constructor(private readonly content: Buffer, private readonly idBytes: number) {
    let offset = 0
    while (offset < content.length) {
      const space = content.indexOf(32, offset)
      const nul = space === -1 ? -1 : content.indexOf(0, space + 1)
      if (nul === -1) break
      this.starts.set(content.toString('latin1', space + 1, nul), offset)
      offset = nul + 1 + idBytes
    }
  }

  /** The entry whose name's UTF-8 bytes, read as Latin-1, are `key`. */
  get(key: string): TreeEntry | undefined {
    const start = this.starts.get(key)
    if (start === undefined) return undefined
    const space = this.content.indexOf(32, start)
    const nul = this.content.indexOf(0, space + 1)
    return {mode: this.content.toString('latin1', start, space), oid: this.content.toString('hex', nul + 1, nul + 1 + this.idBytes)}
  }
}

const isFile = (entry: TreeEntry | undefined): entry is TreeEntry => entry !== undefined && (entry.mode === '100644' || entry.mode === '100755')

function committerTime(content: Buffer): number {
  const found = /^committer .* (\d+) [+-]\d{4}$/m.exec(content.toString('utf8'))
  return found ? Number(found[1]) : 0
}

/**
 * Pathspecs for the folders (relative to the top level, `.` for it): one
 * per top-level folder involved, the deepest folder holding all of its
 * files (git matches every changed path against every pathspec, so a few
 * wide ones beat many narrow ones); none (the whole tree) when a file is at
 * the top level or there are more than `MAX_PATHSPECS`.
 */
function pathspecs(folders: Iterable<string>): string[] {
  const groups = new Map<string, string[]>()
  for (const folder of folders) {
    if (folder === '.') return []
    const parts = folder.split('/')
    const common = groups.get(parts[0]!)
    if (common === undefined) {
      groups.set(parts[0]!, parts)
      continue
    }
    let same = 0
    while (same < common.length && common[same] === parts[same]) same++
    common.length = same
  }
  return groups.size > MAX_PATHSPECS ? [] : [...groups.values()].map((parts) => parts.join('/')).sort()
}

function readBoundaries(file: string): Set<string> {
  try {
    return new Set(fs.readFileSync(file, 'utf8').split(/\s+/).filter(Boolean))
  } catch {
    return new Set()
  }
}

// ---------------------------------------------------------------------------
// files and front matter

/** What a translation's front matter says about its source commit: nothing, a hash (lower case), or why it cannot be used. */
export type SourceCommit =
  | {kind: 'none'}
  | {kind: 'hash'; value: string}
  | {kind: 'invalid'; reason: string}

/** The commit a translation's front matter records at `key` (an unreadable translation has none here). */
function readFrontMatter(file: string, key: string, texts: HistoryOptions['texts']): SourceCommit {
  const text = texts?.(file) ?? readText(file)
  return typeof text === 'string' ? sourceCommitOf(text, key) : {kind: 'none'}
}

/** The value at `key` (dotted path) of the YAML front matter at the start of `text`. */
export function sourceCommitOf(text: string, key: string = DEFAULT_SOURCE_COMMIT_KEY): SourceCommit {
  const yaml = frontMatterOf(text)
  const segments = key.split('.')
  if (yaml === undefined || !yaml.includes(segments[segments.length - 1]!)) return {kind: 'none'}
  const simple = simpleLookup(yaml, segments, key)
  if (simple !== undefined) return commitOf(simple)
  const doc = parseDocument(yaml)
  if (doc.errors.length) {
    // The yaml package counts lines from the first one after `---`: the file's line numbers are one more.
    const message = firstLine(doc.errors[0]!.message).replace(/:$/, '').replace(/\bat line (\d+)/, (_, line: string) => `at line ${Number(line) + 1}`)
    return {kind: 'invalid', reason: `cannot be read: the front matter is not valid YAML (${message})`}
  }
  let node = doc.getIn(segments, true)
  if (node === undefined && segments.length > 1) node = doc.get(key, true)
  if (isAlias(node)) node = node.resolve(doc)
  if (node === undefined || node === null) return {kind: 'none'}
  if (!isScalar(node)) return {kind: 'invalid', reason: 'is not a commit hash'}
  if (node.value === null) return {kind: 'none'}
  return commitOf(typeof node.value === 'string' ? node.value : node.source ?? String(node.value))
}

function commitOf(found: string | null | 'collection'): SourceCommit {
  if (found === 'collection') return {kind: 'invalid', reason: 'is not a commit hash'}
  const value = found?.trim()
  if (!value) return {kind: 'none'}
  if (!HASH.test(value)) return {kind: 'invalid', reason: `\`${value}\` is not a commit hash`}
  return {kind: 'hash', value: value.toLowerCase()}
}

/**
 * A fast path for front matter that is plain block YAML (the yaml package
 * takes about a quarter of a millisecond a document: seconds for ten
 * thousand translations). The subset: nested `key: value` lines indented
 * with spaces (no tabs); keys that are plain words (letters, digits, `_`,
 * `.`, `-`; not null or a boolean), none repeated in a mapping; values that
 * are plain or simply quoted one-line scalars, one-line flow collections
 * without quotes or nesting, block scalars without an indentation
 * indicator, or sequences of such scalars; comments and blank lines
 * anywhere. Returns the value at the key path (its text, `null`, or
 * `collection`), or undefined when the front matter is anything else: then
 * the yaml package decides. Within the subset both give the same answers
 * (checked against the yaml package on hundreds of thousands of generated
 * documents while writing this).
 */
function simpleLookup(yaml: string, segments: string[], key: string): string | null | 'collection' | undefined {
  if (yaml.includes('\t') || segments.some((segment) => !SIMPLE_KEY.test(segment) || SPECIAL_KEY.test(segment))) return undefined
  const lines = yaml.split(/\r?\n/)
  let index = 0
  const indentOf = (line: string): number => line.length - line.trimStart().length
  const skipBlank = (): void => {
    while (index < lines.length && BLANK.test(lines[index]!)) index++
  }

  type Value = string | null | 'collection' | 'other' | Mapping
  interface Mapping {entries: Map<string, Value>}
  const mapping = (indent: number): Mapping | undefined => {
    const entries = new Map<string, Value>()
    for (;;) {
      skipBlank()
      const line = lines[index]
      if (line === undefined) return {entries}
      const own = indentOf(line)
      if (own < indent) return {entries}
      const entry = own === indent ? KEY_LINE.exec(line.slice(own)) : null
      if (!entry || entries.has(entry[1]!) || SPECIAL_KEY.test(entry[1]!)) return undefined
      index++
      const value = scalar(entry[2] ?? '')
      if (value === undefined) return undefined
      if (value === BLOCK) {
        // Its lines: indented as its first one, more or empty (fewer spaces than that on empty lines before it).
        let content = -1
        for (; index < lines.length; index++) {
          const next = lines[index]!
          const spaces = indentOf(next)
          if (spaces === next.length) {
            if (content === -1 && spaces > indent + 1) return undefined
            continue
          }
          if (content === -1) {
            if (spaces <= indent) break
            content = spaces
          }
          if (spaces < content) {
            if (spaces > indent) return undefined
            break
          }
        }
        entries.set(entry[1]!, 'other')
        continue
      }
      if (value !== EMPTY) {
        entries.set(entry[1]!, value)
        continue
      }
      skipBlank()
      const next = lines[index]
      const nested = next === undefined ? -1 : indentOf(next)
      if (next !== undefined && nested >= indent && /^-(?: |$)/.test(next.slice(nested))) {
        // A sequence of scalars at one indent.
        while (index < lines.length) {
          skipBlank()
          const item = lines[index]
          if (item === undefined || indentOf(item) !== nested || !/^-(?: |$)/.test(item.slice(nested))) break
          const content = scalar(item.slice(nested + 1))
          if (content === undefined || content === BLOCK) return undefined
          index++
        }
        entries.set(entry[1]!, 'collection')
      } else if (next !== undefined && nested > indent) {
        const child = mapping(nested)
        if (child === undefined) return undefined
        entries.set(entry[1]!, child)
      } else {
        entries.set(entry[1]!, null)
      }
    }
  }
  skipBlank()
  const root = mapping(0)
  if (root === undefined || index < lines.length) return undefined

  const find = (path: string[]): Value | undefined => {
    let node: Value | undefined = root
    for (const segment of path) {
      if (node === undefined || node === null || typeof node !== 'object') return node === undefined || node === null ? undefined : 'other'
      node = node.entries.get(segment)
    }
    return node
  }
  let found = find(segments)
  if (found === undefined && segments.length > 1) found = root.entries.get(key)
  if (found === 'other') return undefined
  if (found === undefined) return null
  return typeof found === 'object' && found !== null ? 'collection' : found
}

const BLANK = /^ *(?:#.*)?$/
const SIMPLE_KEY = /^[A-Za-z_][\w.-]*$/
/** Plain keys that YAML reads as null or booleans. */
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/
const KEY_LINE = /^([A-Za-z_][\w.-]*):(?:$| +(.*)$)/
const EMPTY = Symbol('empty')
const BLOCK = Symbol('block')

/** A one-line value of the simple subset: its text, null, `collection`, EMPTY, BLOCK, or undefined when outside the subset. */
function scalar(raw: string): string | null | 'collection' | typeof EMPTY | typeof BLOCK | undefined {
  const text = raw.trim()
  if (text === '' || text.startsWith('#')) return EMPTY
  const quoted = /^"([^"\\]*)"(?: +#.*)?$/.exec(text) ?? /^'([^']*)'(?: +#.*)?$/.exec(text)
  if (quoted) return quoted[1]!
  if (/^[|>][+-]?(?: +#.*)?$/.test(text)) return BLOCK
  if (/^(?:\[[^[\]{}"'#]*\]|\{[^[\]{}"'#]*\})(?: +#.*)?$/.test(text)) return 'collection'
  const comment = text.indexOf(' #')
  const plain = (comment === -1 ? text : text.slice(0, comment)).trimEnd()
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(plain) || plain.includes(': ') || plain.endsWith(':')) return undefined
  return /^(?:~|null|Null|NULL)$/.test(plain) ? null : plain
}

/** The YAML between `---` lines at the very start of the text (after a byte order mark), or undefined. */
function frontMatterOf(text: string): string | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text)
  if (!open) return undefined
  const rest = text.slice(open[0].length)
  const close = /^---[ \t]*\r?$/m.exec(rest)
  return close ? rest.slice(0, close.index) : undefined
}

/** A file's decoded text, or why it cannot be read. */
function readText(file: string): string | {reason: string} {
  try {
    const decoded = decode(fs.readFileSync(file))
    return decoded.ok ? decoded.text : {reason: decoded.reason}
  } catch (error) {
    return {reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : firstLine((error as Error).message)}
  }
}

const sameText = (a: string, b: string): boolean => a === b || a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n')

const firstLine = (text: string): string => text.trim().split('\n')[0]!.replace(/^(fatal|error): /, '')

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory()
  } catch {
    return false
  }
}

function realDir(dir: string): string {
  try {
    return fs.realpathSync.native(dir)
  } catch {
    return dir
  }
}
