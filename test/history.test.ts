/**
 * src/run/history.ts against real git repositories built in the temporary
 * folder: fresh and stale translations, bases from git and from front
 * matter, uncommitted edits, shallow clones, awkward paths, and a constant
 * number of git processes for many pairs.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readHistory, sourceCommitOf, DEFAULT_SOURCE_COMMIT_KEY, type HistoryResult} from '../src/run/history.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, {recursive: true, force: true})
})

let clock = 1_700_000_000

/** A temporary git repository with helpers to write files and commit them (one second apart). */
function repository(): {dir: string; write(file: string, text: string): string; commit(message?: string): string; git(...args: string[]): string} {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'translint-history-')))
  made.push(dir)
  const git = (...args: string[]): string => execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000`, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull}
  }).trim()
  git('init', '-q')
  git('config', 'core.autocrlf', 'false')
  return {
    dir,
    git,
    write(file, text) {
      const full = path.join(dir, file)
      fs.mkdirSync(path.dirname(full), {recursive: true})
      fs.writeFileSync(full, text)
      return full
    },
    commit(message = 'change') {
      clock += 1
      git('add', '-A')
      git('-c', 'user.email=a@b', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD')
    }
  }
}

function ok(result: HistoryResult): Extract<HistoryResult, {ok: true}> {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`)
  return result
}

describe('readHistory', () => {
  it('finds a fresh translation not stale and a changed source stale, with the old text, hashes and count', async () => {
    const repo = repository()
    const source = repo.write('docs/en.md', '# Title\n\nOld text.\n')
    const translation = repo.write('docs/de.md', '# Titel\n\nAlter Text.\n')
    const base = repo.commit('both')
    const fresh = ok(await readHistory([{translation, source}], {cwd: repo.dir}))
    expect(fresh.stale.size).toBe(0)
    expect(fresh.unknown.size).toBe(0)

    repo.write('docs/en.md', '# Title\n\nNew text.\n')
    const head = repo.commit('source')
    const result = ok(await readHistory([{translation, source}], {cwd: repo.dir}))
    expect(result.unknown.size).toBe(0)
    expect(result.stale.get(translation)).toEqual({
      previousText: '# Title\n\nOld text.\n',
      base,
      baseFrom: 'git',
      head,
      commits: 1
    })

    // Commits to other files do not count; committing the translation again brings it up to date.
    repo.write('docs/other.txt', 'x')
    repo.commit('unrelated')
    repo.write('docs/en.md', '# Title\n\nNewer text.\n')
    const newest = repo.commit('source again')
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir})).stale.get(translation)).toMatchObject({base, head: newest, commits: 2})
    repo.write('docs/de.md', '# Titel\n\nNeuer Text.\n')
    repo.commit('translation')
    expect(ok(await readHistory([{translation, source}], {cwd: path.join(repo.dir, 'docs')})).stale.size).toBe(0)
  })

  it('takes the base from front matter: older than the source change although the translation was committed later', async () => {
    const repo = repository()
    const source = repo.write('en/guide.md', 'One.\n')
    const early = repo.commit('source')
    repo.write('en/guide.md', 'One. Two.\n')
    const later = repo.commit('source changed')
    const translation = repo.write('de/guide.md', `---\ntitle: Anleitung\nl10n:\n  sourceCommit: ${early}\n---\nEins.\n`)
    repo.commit('translation of the old source')
    const result = ok(await readHistory([{translation, source}], {cwd: repo.dir}))
    expect(result.stale.get(translation)).toEqual({previousText: 'One.\n', base: early, baseFrom: 'front-matter', head: later, commits: 1})

    // A short hash, CRLF front matter and a byte order mark.
    repo.write('de/guide.md', `\uFEFF---\r\nl10n:\r\n  sourceCommit: ${early.slice(0, 7)}\r\n---\r\nEins.\r\n`)
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir})).stale.get(translation)).toMatchObject({base: early, baseFrom: 'front-matter'})

    // Up to date with the later commit: fresh, even if the file itself is old.
    repo.write('de/guide.md', `---\nl10n:\n  sourceCommit: "${later.slice(0, 10)}"\n---\nEins. Zwei.\n`)
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir})).stale.size).toBe(0)
  })

  it('reads a custom key, texts supplied by the caller, and says why a hash cannot be used', async () => {
    const repo = repository()
    const source = repo.write('a.en.md', 'Alpha.\n')
    const first = repo.commit()
    repo.write('a.en.md', 'Alpha beta.\n')
    repo.commit()
    const translation = repo.write('a.fr.md', 'Alpha.\n')
    repo.commit()
    const texts = new Map([[translation, `---\ntranslation:\n  of: ${first.slice(0, 8)}\n---\nAlpha.\n`]])
    const custom = ok(await readHistory([{translation, source}], {cwd: repo.dir, key: 'translation.of', texts: (file) => texts.get(file)}))
    expect(custom.stale.get(translation)).toMatchObject({base: first, baseFrom: 'front-matter', commits: 1, previousText: 'Alpha.\n'})
    // A key holding a dot as such.
    texts.set(translation, `---\n"translation.of": ${first}\n---\n`)
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir, key: 'translation.of', texts: (file) => texts.get(file)})).stale.get(translation)?.base).toBe(first)

    const reasonFor = async (frontMatter: string): Promise<string | undefined> => {
      texts.set(translation, `---\n${frontMatter}\n---\nAlpha.\n`)
      const result = ok(await readHistory([{translation, source}], {cwd: repo.dir, texts: (file) => texts.get(file)}))
      expect(result.stale.size).toBe(0)
      return result.unknown.get(translation)
    }
    expect(await reasonFor('l10n:\n  sourceCommit: 0123456789abcdef0123456789abcdef01234567')).toBe(
      "the front matter's l10n.sourceCommit `0123456789abcdef0123456789abcdef01234567` is not a commit in this repository")
    expect(await reasonFor('l10n:\n  sourceCommit: main')).toBe("the front matter's l10n.sourceCommit `main` is not a commit hash")
    expect(await reasonFor('l10n: {sourceCommit: [1, 2]}')).toBe("the front matter's l10n.sourceCommit is not a commit hash")
    expect(await reasonFor('l10n:\n  sourceCommit: [unclosed')).toMatch(/^the front matter's l10n\.sourceCommit cannot be read: the front matter is not valid YAML/)
    // No key, or an empty one: the base comes from git (the translation was committed after the change: fresh).
    expect(await reasonFor('title: x')).toBeUndefined()
    expect(await reasonFor('l10n:\n  sourceCommit:')).toBeUndefined()
  })

  it('counts an uncommitted source edit (head null) and an uncommitted translation edit as being brought up to date', async () => {
    const repo = repository()
    const source = repo.write('en.txt', 'Hello.\n')
    const translation = repo.write('de.txt', 'Hallo.\n')
    const base = repo.commit()
    repo.write('en.txt', 'Hello, world.\n')
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir})).stale.get(translation)).toEqual({
      previousText: 'Hello.\n', base, baseFrom: 'git', head: null, commits: 0
    })
    // Line endings alone are no change.
    repo.write('en.txt', 'Hello.\r\n')
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir})).stale.size).toBe(0)

    // Committed source change, then the translator edits the translation (not committed yet): not stale.
    repo.write('en.txt', 'Hello, world.\n')
    const head = repo.commit()
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir})).stale.get(translation)).toMatchObject({base, head, commits: 1})
    // A source that git sees modified (line endings only) but whose text is the committed one keeps its head.
    repo.write('en.txt', 'Hello, world.\r\n')
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir})).stale.get(translation)).toMatchObject({base, head, commits: 1})
    repo.write('de.txt', 'Hallo, Welt.\n')
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir})).stale.size).toBe(0)
  })

  it('counts by committer time for a front-matter commit that HEAD does not reach', async () => {
    const repo = repository()
    const source = repo.write('en.md', 'One.\n')
    repo.commit()
    const trunk = repo.git('rev-parse', '--abbrev-ref', 'HEAD')
    repo.git('checkout', '-q', '-b', 'side')
    repo.write('side.txt', 'side\n')
    const side = repo.commit()
    repo.git('checkout', '-q', trunk)
    repo.write('en.md', 'One. Two.\n')
    repo.commit()
    repo.write('en.md', 'One. Two. Three.\n')
    const head = repo.commit()
    const translation = repo.write('de.md', `---\nl10n:\n  sourceCommit: ${side}\n---\nEins.\n`)
    expect(ok(await readHistory([{translation, source}], {cwd: repo.dir})).stale.get(translation)).toEqual({
      previousText: 'One.\n', base: side, baseFrom: 'front-matter', head, commits: 2
    })
  })

  it('leaves a never committed translation alone and says when the source did not exist at the base', async () => {
    const repo = repository()
    repo.write('readme.md', 'x\n')
    const first = repo.commit()
    const source = repo.write('new.en.md', 'New.\n')
    repo.commit()
    repo.write('new.en.md', 'Newer.\n')
    repo.commit()
    const untracked = repo.write('new.de.md', 'Neu.\n')
    const renamed = repo.write('new.fr.md', `---\nl10n:\n  sourceCommit: ${first}\n---\nNouveau.\n`)
    const result = ok(await readHistory([{translation: untracked, source}, {translation: renamed, source}], {cwd: repo.dir}))
    expect(result.stale.size).toBe(0)
    expect([...result.unknown]).toEqual([[renamed, `the source did not exist at ${first.slice(0, 12)}, the commit the translation follows (added or renamed since)`]])
  })

  it('handles paths with spaces and non-ASCII names, a BOM and CRLF in the files', async () => {
    const repo = repository()
    const source = repo.write('docs/english docs/Übersicht #1.md', '\uFEFFLine one.\r\nLine two.\r\n')
    const translation = repo.write('docs/日本語 版/Übersicht #1.md', '一行目。\r\n')
    const base = repo.commit()
    repo.write('docs/english docs/Übersicht #1.md', '\uFEFFLine one.\r\nLine 2.\r\n')
    const head = repo.commit()
    const result = ok(await readHistory([{translation, source}], {cwd: repo.dir}))
    expect(result.stale.get(translation)).toEqual({previousText: 'Line one.\r\nLine two.\r\n', base, baseFrom: 'git', head, commits: 1})
  })

  it('says why when there is no repository, no git or no commit', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'translint-nogit-')))
    made.push(dir)
    const pair = {translation: path.join(dir, 'de.md'), source: path.join(dir, 'en.md')}
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temporary folder.
    const previous = process.env.GIT_CEILING_DIRECTORIES
    process.env.GIT_CEILING_DIRECTORIES = path.dirname(dir)
    try {
      expect(await readHistory([pair], {cwd: dir})).toEqual({ok: false, reason: `staleness was not checked: ${dir} is not in a git repository`})
    } finally {
      if (previous === undefined) delete process.env.GIT_CEILING_DIRECTORIES
      else process.env.GIT_CEILING_DIRECTORIES = previous
    }
    expect(await readHistory([pair], {cwd: dir, git: path.join(dir, 'no-such-git')})).toEqual({
      ok: false, reason: `staleness was not checked: git is not installed (\`${path.join(dir, 'no-such-git')}\` was not found)`
    })
    expect(await readHistory([pair], {cwd: path.join(dir, 'missing')})).toMatchObject({ok: false})
    const empty = repository()
    expect(await readHistory([pair], {cwd: empty.dir})).toMatchObject({ok: true}) // outside: unknown, no git log needed
    expect(await readHistory([{translation: path.join(empty.dir, 'de.md'), source: path.join(empty.dir, 'en.md')}], {cwd: empty.dir})).toEqual({
      ok: false, reason: `staleness was not checked: the repository at ${empty.dir} has no commits yet`
    })
  })

  it('in a shallow clone, says the base is missing and names fetch-depth: 0', async () => {
    const repo = repository()
    repo.write('en.md', 'One.\n')
    const old = repo.commit()
    repo.write('en.md', 'One. Two.\n')
    repo.write('de.md', `---\nl10n:\n  sourceCommit: ${old}\n---\nEins.\n`)
    repo.write('fr.md', 'Un.\n')
    const head = repo.commit()
    repo.write('nl.md', `---\nl10n:\n  sourceCommit: ${head}\n---\nEen.\n`)
    const newest = repo.commit()
    const clone = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'translint-shallow-')))
    made.push(clone)
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone], {env: {...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull}})
    const at = (file: string): string => path.join(clone, file)

    const result = ok(await readHistory([
      {translation: at('de.md'), source: at('en.md')},
      {translation: at('fr.md'), source: at('en.md')},
      {translation: at('nl.md'), source: at('en.md')}
    ], {cwd: clone}))
    expect(result.stale.size).toBe(0)
    expect(result.unknown.get(at('de.md'))).toBe(
      `the front matter's l10n.sourceCommit \`${old}\` is not in this shallow clone: fetch the full history (e.g. actions/checkout with \`fetch-depth: 0\`)`)
    expect(result.unknown.get(at('fr.md'))).toMatch(/^the commit that last changed the translation is not in this shallow clone: .*fetch-depth: 0/)
    expect(result.unknown.has(at('nl.md'))).toBe(false) // its base is in the clone: decided (fresh)
    expect(execFileSync('git', ['rev-parse', 'HEAD'], {cwd: clone, encoding: 'utf8'}).trim()).toBe(newest)
    expect(execFileSync('git', ['rev-parse', '--is-shallow-repository'], {cwd: clone, encoding: 'utf8'}).trim()).toBe('true')

    // Nothing could be decided: one reason for the run.
    expect(await readHistory([{translation: at('de.md'), source: at('en.md')}, {translation: at('fr.md'), source: at('en.md')}], {cwd: clone})).toEqual({
      ok: false,
      reason: 'staleness was not checked: the repository is a shallow clone without the history needed: fetch the full history (e.g. actions/checkout with `fetch-depth: 0`)'
    })
  })

  it.skipIf(process.platform === 'win32')('runs a constant number of git processes for 200 pairs, each right', async () => {
    const repo = repository()
    const pairs: Array<{translation: string; source: string}> = []
    for (let doc = 0; doc < 50; doc++) {
      const source = repo.write(`en/doc ${doc}.md`, `Source ${doc}, version 1.\n`)
      for (const locale of ['de', 'fr', 'ja', 'ü']) pairs.push({translation: repo.write(`${locale}/doc ${doc}.md`, `${locale} ${doc}\n`), source})
    }
    const first = repo.commit()
    for (let doc = 0; doc < 50; doc += 5) repo.write(`en/doc ${doc}.md`, `Source ${doc}, version 2.\n`)
    const second = repo.commit()
    for (let doc = 0; doc < 50; doc += 10) repo.write(`de/doc ${doc}.md`, `de ${doc} updated\n`)
    const updates = repo.commit()
    for (let doc = 0; doc < 50; doc += 25) repo.write(`en/doc ${doc}.md`, `Source ${doc}, version 3.\n`)
    const third = repo.commit()
    repo.write('fr/doc 1.md', `---\nl10n:\n  sourceCommit: ${first.slice(0, 6)}\n---\nfr 1\n`)
    repo.commit()

    const log = path.join(repo.dir, '..', `${path.basename(repo.dir)}.calls`)
    made.push(log)
    const wrapper = path.join(repo.dir, '..', `${path.basename(repo.dir)}.git.sh`)
    made.push(wrapper)
    fs.writeFileSync(wrapper, `#!/bin/sh\necho "$*" >> '${log}'\nexec git "$@"\n`, {mode: 0o755})

    const result = ok(await readHistory(pairs, {cwd: repo.dir, git: wrapper}))
    const commands = fs.readFileSync(log, 'utf8').trim().split('\n')
      .map((call) => call.split(' ').find((word) => ['rev-parse', 'log', 'status', 'cat-file'].includes(word)))
    expect(commands.sort()).toEqual(['cat-file', 'cat-file', 'cat-file', 'cat-file', 'log', 'rev-parse', 'status'])

    const expected = new Map<string, {base: string; head: string; commits: number}>()
    for (let doc = 0; doc < 50; doc++) {
      for (const locale of ['de', 'fr', 'ja', 'ü']) {
        const updated = locale === 'de' && doc % 10 === 0
        const changes = updated ? [] : doc % 5 === 0 ? [second] : []
        if (doc % 25 === 0) changes.push(third)
        if (changes.length) expected.set(path.join(repo.dir, locale, `doc ${doc}.md`), {base: updated ? updates : first, head: changes[changes.length - 1]!, commits: changes.length})
      }
    }
    // fr/doc 1 follows `first` by its front matter; doc 1 never changed: fresh.
    expect(result.unknown.size).toBe(0)
    expect(new Set(result.stale.keys())).toEqual(new Set(expected.keys()))
    for (const [translation, {base, head, commits}] of expected) expect(result.stale.get(translation)).toMatchObject({base, head, commits, baseFrom: 'git'})
    expect(result.stale.get(path.join(repo.dir, 'ja', 'doc 25.md'))?.previousText).toBe('Source 25, version 1.\n')
    expect(result.stale.get(path.join(repo.dir, 'de', 'doc 0.md'))?.previousText).toBe('Source 0, version 2.\n')
  })
})

describe('sourceCommitOf', () => {
  it('reads the dotted key of the front matter at the very start only', () => {
    expect(DEFAULT_SOURCE_COMMIT_KEY).toBe('l10n.sourceCommit')
    expect(sourceCommitOf('---\nl10n:\n  sourceCommit: ABC1234\n---\n')).toEqual({kind: 'hash', value: 'abc1234'})
    expect(sourceCommitOf('---\nl10n:\n  sourceCommit: 1234567\n---\n')).toEqual({kind: 'hash', value: '1234567'})
    expect(sourceCommitOf('---\nl10n:\n  sourceCommit: 12e4567\n---\n')).toEqual({kind: 'hash', value: '12e4567'})
    expect(sourceCommitOf('\n---\nl10n:\n  sourceCommit: abc1234\n---\n')).toEqual({kind: 'none'})
    expect(sourceCommitOf('---\nl10n:\n  sourceCommit: abc1234\n')).toEqual({kind: 'none'})
    expect(sourceCommitOf('---\n---\ntext')).toEqual({kind: 'none'})
    expect(sourceCommitOf('---\nsourceCommit: abc1234\n---\n')).toEqual({kind: 'none'})
    expect(sourceCommitOf('---\nsourceCommit: abc1234\n---\n', 'sourceCommit')).toEqual({kind: 'hash', value: 'abc1234'})
  })

  it('answers as the yaml package does, on its fast path for plain block YAML and off it', () => {
    const at = (yaml: string): unknown => sourceCommitOf(`---\n${yaml}\n---\nText.\n`)
    const hash = {kind: 'hash', value: 'abc1234'}
    // Plain block YAML.
    expect(at('description: |\n  l10n:\n    sourceCommit: deadbeef\nl10n:\n  sourceCommit: abc1234')).toEqual(hash)
    expect(at('tags:\n- a\n- b\nl10n:\n  translator: x\n\n  # the English commit\n  sourceCommit: "ABC1234" # quoted')).toEqual(hash)
    expect(at('l10n:\n    sourceCommit: abc1234 # note\nurl: https://example.com/a#b')).toEqual(hash)
    expect(at('l10n:\n  sourceCommit: ~')).toEqual({kind: 'none'})
    expect(at('l10n:\n  sourceCommit:\n    nested: abc1234')).toEqual({kind: 'invalid', reason: 'is not a commit hash'})
    expect(at('l10n:\n  sourceCommit: [abc1234]')).toEqual({kind: 'invalid', reason: 'is not a commit hash'})
    expect(at('l10n: abc1234')).toEqual({kind: 'none'})
    // Anything else.
    expect(at('l10n: {sourceCommit: abc1234}')).toEqual(hash)
    expect(at('base: &b abc1234\nl10n:\n  sourceCommit: *b')).toEqual(hash)
    expect(at('l10n:\n  sourceCommit: >-\n    abc1234')).toEqual(hash)
    expect(at("l10n:\n  sourceCommit: 'abc''1234'")).toEqual({kind: 'invalid', reason: "`abc'1234` is not a commit hash"})
    expect(at('l10n:\n  sourceCommit: abc1234\n  sourceCommit: def5678')).toEqual({
      kind: 'invalid', reason: 'cannot be read: the front matter is not valid YAML (Map keys must be unique at line 4, column 3)'
    })
    expect(at('title: Über: alles\nl10n:\n  sourceCommit: abc1234')).toEqual({
      kind: 'invalid', reason: 'cannot be read: the front matter is not valid YAML (Nested mappings are not allowed in compact mappings at line 2, column 8)'
    })
    expect(at('l10n:\n\tsourceCommit: abc1234')).toMatchObject({kind: 'invalid', reason: expect.stringMatching(/^cannot be read: the front matter is not valid YAML \(Tabs/)})
  })
})
