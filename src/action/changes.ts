/**
 * What a pull request (or a push) changed, for the Action's `only-changed`
 * and `filter-mode`: the base commit from the event payload, the files that
 * differ from it (`git diff --name-only`), and the lines of each file that
 * the diff adds or shows (`git diff -U<n>`, one process for all files).
 * The parsers are pure; the git calls run in the workspace, read only the
 * repository, and need no token and no network.
 */
import fs from 'node:fs'
import path from 'node:path'
import {execFile} from 'node:child_process'

/** The base an event names: what the changes are measured against. */
export interface EventBase {
  /** The base commit, absent when the event names none. */
  sha?: string
  /** Whether the event is about a pull request (`pull_request`, `pull_request_target`, …). */
  pullRequest: boolean
  /** Where the base came from, or why there is none, for messages. */
  origin: string
}

/** A run of lines, 1-based, both ends included. */
export interface LineRange {
  start: number
  end: number
}

/** The changes between a base commit and HEAD, paths relative to the workspace with `/`. */
export interface Changes {
  /** Every path that differs: added, modified or deleted (renames are a deletion and an addition). */
  files: string[]
  /**
   * Per file, the lines of HEAD that the diff adds (`context` 0) or shows
   * (added lines and their context): only when they were asked for.
   */
  lines?: Map<string, LineRange[]>
  /** `three-dot` (from the merge base) or `two-dot` (from the base itself: no merge base in a shallow clone). */
  comparison: 'three-dot' | 'two-dot'
}

/** Something that keeps the changes from being known, said for the user. */
export class ChangesError extends Error {
  override name = 'ChangesError'
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

/** A commit id that names a commit: 40 (or 64) hex digits and not all zeros (GitHub's "no commit"). */
function commitId(value: unknown): string | undefined {
  return typeof value === 'string' && SHA.test(value) && !/^0+$/.test(value) ? value.toLowerCase() : undefined
}

function field(object: unknown, ...keys: string[]): unknown {
  let value = object
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/**
 * The base commit of an event payload: `pull_request.base.sha` for pull
 * request events, `merge_group.base_sha` for merge queues, `before` for
 * pushes (all zeros when the push created the branch: no base).
 */
export function baseFromEvent(payload: unknown, eventName = ''): EventBase {
  const event = eventName ? `\`${eventName}\`` : 'the event'
  if (field(payload, 'pull_request') !== undefined) {
    const sha = commitId(field(payload, 'pull_request', 'base', 'sha'))
    return sha ? {sha, pullRequest: true, origin: 'the pull request\'s base'} : {pullRequest: true, origin: `${event} payload has no \`pull_request.base.sha\``}
  }
  if (field(payload, 'merge_group') !== undefined) {
    const sha = commitId(field(payload, 'merge_group', 'base_sha'))
    return sha ? {sha, pullRequest: false, origin: 'the merge group\'s base'} : {pullRequest: false, origin: `${event} payload has no \`merge_group.base_sha\``}
  }
  const before = field(payload, 'before')
  if (before !== undefined) {
    const sha = commitId(before)
    return sha ? {sha, pullRequest: false, origin: 'the commit before the push'} : {pullRequest: false, origin: `${event} created the branch: there is no commit before it`}
  }
  return {pullRequest: false, origin: `${event} names no base commit`}
}

/** The base of the event the runner describes (`GITHUB_EVENT_PATH`, `GITHUB_EVENT_NAME`). */
export function readEventBase(env: NodeJS.ProcessEnv = process.env): EventBase {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {pullRequest: false, origin: 'there is no event payload (`GITHUB_EVENT_PATH` is not set)'}
  let payload: unknown
  try {
    payload = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    return {pullRequest: false, origin: `the event payload could not be read (${(error as Error).message})`}
  }
  return baseFromEvent(payload, eventName)
}

/** The paths of `git diff --name-only -z`: NUL-separated, as git has them (relative to the repository's top). */
export function parseNameList(output: string): string[] {
  return output.split('\0').filter(Boolean)
}

/** A path as git quotes it in a diff header (`"b/a\tb"`, C escapes and octal bytes), unquoted. */
export function unquotePath(value: string): string {
  if (!value.startsWith('"') || !value.endsWith('"') || value.length < 2) return value
  const bytes: number[] = []
  const inner = value.slice(1, -1)
  const simple: Record<string, number> = {a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92}
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index]!
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      continue
    }
    const next = inner[index + 1] ?? ''
    const octal = /^[0-7]{3}/.exec(inner.slice(index + 1))
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8))
      index += 3
    } else if (next in simple) {
      bytes.push(simple[next]!)
      index += 1
    } else {
      bytes.push(92)
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** The path of a `+++ b/…` line; undefined for `/dev/null` (a deleted file). */
function newPath(header: string): string | undefined {
  let name = header.slice(4)
  // git ends a name holding a space with a tab (for GNU patch).
  if (!name.startsWith('"') && name.endsWith('\t')) name = name.slice(0, -1)
  name = unquotePath(name)
  if (name === '/dev/null') return undefined
  return name.startsWith('b/') ? name.slice(2) : name
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/**
 * The lines of each file's new side in a unified diff (`git diff -U<n>`
 * with the `a/` `b/` prefixes): with `added`, only the added lines (`+`);
 * without, every line a hunk shows (added and context lines). Runs of
 * lines are merged; deleted files have none.
 */
export function parseUnifiedDiff(diff: string, options: {added: boolean}): Map<string, LineRange[]> {
  const files = new Map<string, LineRange[]>()
  const lines = diff.split('\n')
  let current: LineRange[] | undefined
  const add = (start: number, end: number): void => {
    if (!current || end < start) return
    const last = current[current.length - 1]
    if (last && start <= last.end + 1) last.end = Math.max(last.end, end)
    else current.push({start, end})
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.startsWith('diff --git ')) {
      current = undefined
      continue
    }
    if (line.startsWith('+++ ')) {
      const name = newPath(line)
      current = undefined
      if (name !== undefined) {
        current = files.get(name) ?? []
        files.set(name, current)
      }
      continue
    }
    const hunk = HUNK.exec(line)
    if (!hunk) continue
    let oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1])
    let newLine = Number(hunk[2])
    let newLeft = hunk[3] === undefined ? 1 : Number(hunk[3])
    if (!options.added) add(newLine, newLine + newLeft - 1)
    // The hunk's body: count its lines, so that a body line that looks
    // like a header (`+++ x` is an added `++ x`) is read as what it is.
    while ((oldLeft > 0 || newLeft > 0) && index + 1 < lines.length) {
      const body = lines[++index]!
      const mark = body[0]
      if (mark === '+') {
        if (options.added) add(newLine, newLine)
        newLine++
        newLeft--
      } else if (mark === '-') {
        oldLeft--
      } else if (mark === '\\') {
        // "\ No newline at end of file"
      } else {
        newLine++
        newLeft--
        oldLeft--
      }
    }
    // A trailing "\ No newline at end of file" is skipped by the loop above.
  }
  return files
}

type Git = (args: string[], cwd: string) => Promise<string>

/** Run git in `cwd`; a failure carries git's own words. */
const runGit: Git = (args, cwd) => new Promise((resolve, reject) => {
  execFile('git', args, {cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: {...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C'}}, (error, stdout, stderr) => {
    if (!error) {
      resolve(stdout)
      return
    }
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') reject(new ChangesError('git is not installed on this runner; translint needs it to know what changed'))
    else reject(Object.assign(new Error(String(stderr).trim() || error.message), {stderr: String(stderr)}))
  })
})

/** Options every diff is run with, whatever the repository's or the user's git config says. */
const DIFF = ['-c', 'core.quotepath=false', 'diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/']

const short = (sha: string): string => sha.slice(0, 7)

/**
 * The changes from `base` to HEAD in the repository that holds `workspace`:
 * `git diff <base>...HEAD` (what HEAD adds since it branched off), or
 * `git diff <base> HEAD` when the clone is too shallow to have a merge
 * base. With `context`, also the lines (0: the added lines; n: the lines
 * of hunks with n lines of context). Paths outside the workspace are left
 * out. Throws ChangesError when the changes cannot be known.
 */
export async function readChanges(workspace: string, base: string, options: {context?: number; git?: Git} = {}): Promise<Changes> {
  const git = options.git ?? runGit
  let top: string
  try {
    top = (await git(['rev-parse', '--show-toplevel'], workspace)).trim()
  } catch (error) {
    if (error instanceof ChangesError) throw error
    throw new ChangesError(`the workspace (${workspace}) is not in a git repository; check it out with actions/checkout`)
  }
  try {
    await git(['cat-file', '-e', `${base}^{commit}`], workspace)
  } catch (error) {
    if (error instanceof ChangesError) throw error
    throw new ChangesError(`the base commit ${short(base)} is not in this clone; check out with \`fetch-depth: 0\` (actions/checkout)`)
  }

  let comparison: Changes['comparison'] = 'three-dot'
  let names: string
  try {
    names = await git([...DIFF, '--name-only', '-z', `${base}...HEAD`, '--'], workspace)
  } catch (error) {
    if (error instanceof ChangesError) throw error
    // No merge base: a shallow clone holds the base and HEAD but not
    // their common history. Compare the two commits themselves.
    comparison = 'two-dot'
    try {
      names = await git([...DIFF, '--name-only', '-z', base, 'HEAD', '--'], workspace)
    } catch (second) {
      if (second instanceof ChangesError) throw second
      throw new ChangesError(`\`git diff\` against the base commit ${short(base)} failed: ${(second as Error).message}`)
    }
  }

  const realTop = realpath(top)
  const realWorkspace = realpath(workspace)
  const relative = (file: string): string | undefined => {
    const inWorkspace = path.relative(realWorkspace, path.join(realTop, file))
    return inWorkspace && !inWorkspace.startsWith('..') && !path.isAbsolute(inWorkspace) ? inWorkspace.split(path.sep).join('/') : undefined
  }
  const files = parseNameList(names).map(relative).filter((file): file is string => file !== undefined)
  const changes: Changes = {files, comparison}

  if (options.context !== undefined) {
    const range = comparison === 'three-dot' ? [`${base}...HEAD`] : [base, 'HEAD']
    let patch: string
    try {
      patch = await git([...DIFF, `-U${options.context}`, ...range, '--'], workspace)
    } catch (error) {
      if (error instanceof ChangesError) throw error
      throw new ChangesError(`\`git diff\` against the base commit ${short(base)} failed: ${(error as Error).message}`)
    }
    changes.lines = new Map()
    for (const [file, lines] of parseUnifiedDiff(patch, {added: options.context === 0})) {
      const shown = relative(file)
      if (shown !== undefined) changes.lines.set(shown, lines)
    }
  }
  return changes
}

function realpath(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}
