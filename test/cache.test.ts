import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {
  CACHE_FILE,
  CACHE_FORMAT,
  ResultCache,
  cacheLocation,
  cacheScope,
  canonicalJson,
  configHash,
  scopeHash,
  sha256,
  type CacheScope,
  type CacheScopeInput
} from '../src/run/cache.js'
import {resolveConfig} from '../src/run/config.js'
import {failedResult, unreadableResult} from '../src/api.js'
import {check, type FileResult} from '../src/index.js'
import {rules} from '../rules/index.js'
import {VERSION} from '../src/package.js'

const SOURCE = 'The IWCA was founded in 1983.\n\n• Supporting tutors.\n• Publishing a journal.\n• Listening to members.\n'
const TRANSLATION = "L'IWCA es va fundar el 1938.\n\n• Donar suport als tutors.\n• Escoltar els membres.\n"
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

function tmp(files: Record<string, string> = {}): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-cache-'))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    fs.writeFileSync(path.join(directory, name), content)
  }
  return directory
}

/** A real result (with `actual`, `expected` and `cause`), as the engine makes it. */
async function realResult(file = 'ca.txt'): Promise<FileResult> {
  const result = await check({source: SOURCE, translation: TRANSLATION, lang: 'ca', path: file})
  result.path = file
  return result
}

function input(root: string, overrides: Partial<CacheScopeInput> = {}): CacheScopeInput {
  return {
    config: resolveConfig({}, rules, root),
    cwd: root,
    rules,
    source: {path: 'en.txt', language: 'en', content: bytes(SOURCE)},
    ...overrides
  }
}

/** Save a hit for `ca.txt` under one scope, reopen under another: hit or not. */
async function survives(root: string, first: CacheScope, second: CacheScope): Promise<boolean> {
  const file = path.join(root, CACHE_FILE)
  fs.rmSync(file, {force: true})
  const writer = await ResultCache.open(file, first)
  writer.set('ca.txt', bytes(TRANSLATION), await realResult())
  await writer.save()
  const reader = await ResultCache.open(file, second)
  expect(reader.warnings).toEqual([])
  return reader.get('ca.txt', bytes(TRANSLATION)) !== undefined
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ResultCache: hits and misses', () => {
  it('returns a saved result for the same path and bytes: equal, but a distinct object', async () => {
    const root = tmp()
    const scope = await cacheScope(input(root))
    const file = path.join(root, CACHE_FILE)
    const result = await realResult()
    const writer = await ResultCache.open(file, scope)
    writer.set('ca.txt', bytes(TRANSLATION), result)
    await writer.save()

    const reader = await ResultCache.open(file, scope)
    const cached = reader.get('ca.txt', bytes(TRANSLATION))
    expect(cached).toEqual(result)
    expect(cached).not.toBe(result)
    expect(reader.hits).toBe(1)
    expect(reader.misses).toBe(0)

    // Callers may mutate what they get: the next lookup is unaffected.
    cached!.messages[0]!.reason = 'changed'
    cached!.messages[1]!.cause!.line = 99
    cached!.messages.pop()
    expect(reader.get('ca.txt', bytes(TRANSLATION))).toEqual(result)
    expect(reader.hits).toBe(2)
  })

  it('copies on set: mutating the result afterwards does not change the cache', async () => {
    const root = tmp()
    const cache = await ResultCache.open(path.join(root, CACHE_FILE), await cacheScope(input(root)))
    const result = await realResult()
    const expected = structuredClone(result)
    cache.set('ca.txt', bytes(TRANSLATION), result)
    result.messages[0]!.expected!.push('mutated')
    result.errors = 0
    await cache.save()
    const reader = await ResultCache.open(path.join(root, CACHE_FILE), await cacheScope(input(root)))
    expect(reader.get('ca.txt', bytes(TRANSLATION))).toEqual(expected)
  })

  it('misses when the bytes changed, or for another path', async () => {
    const root = tmp()
    const scope = await cacheScope(input(root))
    const file = path.join(root, CACHE_FILE)
    const writer = await ResultCache.open(file, scope)
    writer.set('ca.txt', bytes(TRANSLATION), await realResult())
    await writer.save()

    const reader = await ResultCache.open(file, scope)
    expect(reader.get('ca.txt', bytes(TRANSLATION.replace('1938', '1983')))).toBeUndefined()
    expect(reader.get('ca.txt', bytes(`${TRANSLATION} `))).toBeUndefined()
    expect(reader.get('other/ca.txt', bytes(TRANSLATION))).toBeUndefined()
    expect(reader.misses).toBe(3)
    expect(reader.hits).toBe(0)
    expect(reader.get('ca.txt', bytes(TRANSLATION))).toBeDefined()
    expect(reader.hits).toBe(1)
  })

  it('does not cache results with an internal-error or unreadable message', async () => {
    const root = tmp()
    const scope = await cacheScope(input(root))
    const file = path.join(root, CACHE_FILE)
    const cache = await ResultCache.open(file, scope)
    cache.set('crash.txt', bytes('a'), failedResult('crash.txt', new Error('boom')))
    cache.set('binary.txt', bytes('b'), unreadableResult('binary.txt', 'Cannot read the file as text'))
    cache.set('ca.txt', bytes(TRANSLATION), await realResult())
    await cache.save()

    const saved = JSON.parse(fs.readFileSync(file, 'utf8'))
    expect(Object.keys(saved.files)).toEqual(['ca.txt'])
    const reader = await ResultCache.open(file, scope)
    expect(reader.get('crash.txt', bytes('a'))).toBeUndefined()
    expect(reader.get('binary.txt', bytes('b'))).toBeUndefined()
    expect(reader.get('ca.txt', bytes(TRANSLATION))).toBeDefined()
  })

  it('a file that now fails replaces its earlier good entry (it is not kept)', async () => {
    const root = tmp()
    const scope = await cacheScope(input(root))
    const file = path.join(root, CACHE_FILE)
    const writer = await ResultCache.open(file, scope)
    writer.set('ca.txt', bytes(TRANSLATION), await realResult())
    writer.set('ca.txt', bytes(TRANSLATION), failedResult('ca.txt', new Error('boom')))
    await writer.save()
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).files).toEqual({})
  })
})

describe('ResultCache: the scope invalidates everything', () => {
  it('keeps entries for the same scope (the control for the cases below)', async () => {
    const root = tmp()
    expect(await survives(root, await cacheScope(input(root)), await cacheScope(input(root)))).toBe(true)
  })

  it('another translint version', async () => {
    const root = tmp()
    const scope = await cacheScope(input(root))
    expect(scope.version).toBe(VERSION)
    expect(await survives(root, scope, {...scope, version: `${VERSION}-next`})).toBe(false)
  })

  it('another configuration', async () => {
    const root = tmp()
    const before = await cacheScope(input(root))
    const after = await cacheScope(input(root, {config: resolveConfig({protect: ['IWCA']}, rules, root)}))
    expect(await survives(root, before, after)).toBe(false)
  })

  it('another rule setting, and another set of rules', async () => {
    const root = tmp()
    const before = await cacheScope(input(root))
    const off = await cacheScope(input(root, {config: resolveConfig({rules: {'number-parity': 'off'}}, rules, root)}))
    expect(off.rules['number-parity']).toBe('off')
    expect(await survives(root, before, off)).toBe(false)
    const fewer = await cacheScope(input(root, {rules: rules.filter((rule) => rule.id !== 'spelling')}))
    expect(Object.keys(fewer.rules)).not.toContain('spelling')
    expect(await survives(root, before, fewer)).toBe(false)
  })

  it('another source: content, path or language', async () => {
    const root = tmp()
    const before = await cacheScope(input(root))
    for (const source of [
      {path: 'en.txt', language: 'en', content: bytes(SOURCE.replace('1983', '1984'))},
      {path: 'docs/en.txt', language: 'en', content: bytes(SOURCE)},
      {path: 'en.txt', language: 'en-GB', content: bytes(SOURCE)}
    ]) {
      expect(await survives(root, before, await cacheScope(input(root, {source})))).toBe(false)
    }
    const {source: _source, ...withoutSource} = input(root)
    expect(await survives(root, before, await cacheScope(withoutSource))).toBe(false)
  })

  it('other lang / sourceLang options, or another working directory', async () => {
    const root = tmp()
    const before = await cacheScope(input(root))
    expect(await survives(root, before, await cacheScope(input(root, {lang: 'ca'})))).toBe(false)
    expect(await survives(root, before, await cacheScope(input(root, {sourceLang: 'en-GB'})))).toBe(false)
    // Displayed paths (the keys) are relative to the working directory.
    expect(await survives(root, before, await cacheScope(input(root, {cwd: path.join(root, 'sub')})))).toBe(false)
  })

  it('a changed personal word file', async () => {
    const root = tmp({'words.txt': 'IWCA\n', 'translint.config.json': '{}'})
    const config = (): CacheScopeInput['config'] => resolveConfig({words: {'*': ['words.txt']}}, rules, root, path.join(root, 'translint.config.json'))
    const before = await cacheScope(input(root, {config: config()}))
    expect(Object.keys(before.resources)).toEqual(['words.txt'])
    expect(await survives(root, before, await cacheScope(input(root, {config: config()})))).toBe(true)
    fs.writeFileSync(path.join(root, 'words.txt'), 'IWCA\nfundar\n')
    expect(await survives(root, before, await cacheScope(input(root, {config: config()})))).toBe(false)
  })

  it('a changed configured dictionary', async () => {
    const root = tmp({'my.aff': 'SET UTF-8\n', 'my.dic': '1\nfundar\n'})
    const config = (): CacheScopeInput['config'] => resolveConfig({dictionaries: {ca: './my'}}, rules, root)
    const before = await cacheScope(input(root, {config: config()}))
    expect(Object.keys(before.resources)).toEqual(['dictionary:ca.aff', 'dictionary:ca.dic'])
    fs.writeFileSync(path.join(root, 'my.dic'), '2\nfundar\nmembres\n')
    expect(await survives(root, before, await cacheScope(input(root, {config: config()})))).toBe(false)
  })
})

describe('configHash', () => {
  it('is independent of key order and of where the project lives (`root`)', () => {
    const a = tmp({'words.txt': 'x\n'})
    const b = tmp({'words.txt': 'x\n'})
    const one = resolveConfig({source: 'en.txt', files: ['*.txt'], words: {'*': ['words.txt']}, rules: {spelling: 'off', 'number-parity': 'warning'}}, rules, a, path.join(a, 'translint.config.json'))
    const two = resolveConfig({rules: {'number-parity': 'warning', spelling: 'off'}, words: {'*': ['words.txt']}, files: ['*.txt'], source: 'en.txt'}, rules, b, path.join(b, 'translint.config.json'))
    expect(one.root).not.toBe(two.root)
    expect(configHash(one)).toBe(configHash(two))
    expect(configHash(one)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('changes with any setting, including a rule option and a relative path', () => {
    const root = tmp()
    const base = configHash(resolveConfig({source: 'en.txt'}, rules, root))
    expect(configHash(resolveConfig({source: 'en/en.txt'}, rules, root))).not.toBe(base)
    expect(configHash(resolveConfig({source: 'en.txt', sourceLanguage: 'en-GB'}, rules, root))).not.toBe(base)
    expect(configHash(resolveConfig({source: 'en.txt', protect: ['IWCA']}, rules, root))).not.toBe(base)
    expect(configHash(resolveConfig({source: 'en.txt', languages: {'sr.txt': 'sr'}}, rules, root))).not.toBe(base)
    const untranslated = rules.find((rule) => rule.id === 'untranslated')!
    const withOption = untranslated.options ? resolveConfig({source: 'en.txt', rules: {untranslated: ['warning', {}]}}, rules, root) : undefined
    if (withOption) expect(configHash(withOption)).not.toBe(base)
  })

  it('canonical JSON sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({b: 1, a: {d: [{z: 1, y: 2}], c: undefined}})).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}')
  })
})

describe('ResultCache: bad cache files are ignored, never thrown', () => {
  const good = async (root: string): Promise<{scope: CacheScope; file: string}> => {
    const scope = await cacheScope(input(root))
    const file = path.join(root, CACHE_FILE)
    const writer = await ResultCache.open(file, scope)
    writer.set('ca.txt', bytes(TRANSLATION), await realResult())
    await writer.save()
    return {scope, file}
  }

  it('a missing file: empty, no warning', async () => {
    const root = tmp()
    const cache = await ResultCache.open(path.join(root, 'nowhere', CACHE_FILE), await cacheScope(input(root)))
    expect(cache.warnings).toEqual([])
    expect(cache.get('ca.txt', bytes(TRANSLATION))).toBeUndefined()
  })

  it.each([
    ['not JSON', '{"version": 1, "scope": ', /: not valid JSON$/],
    ['JSON but not an object', '[1, 2, 3]', /: not a translint cache$/],
    ['another format version', JSON.stringify({version: CACHE_FORMAT + 1, scope: 'x', files: {}}), new RegExp(`: cache format ${CACHE_FORMAT + 1}, expected ${CACHE_FORMAT}$`)],
    ['no version', JSON.stringify({scope: 'x', files: {}}), /: not a translint cache$/],
    ['files not an object', JSON.stringify({version: CACHE_FORMAT, scope: 'x', files: []}), /: not a translint cache$/]
  ])('%s: empty, with a warning', async (_name, text, warning) => {
    const root = tmp()
    const {scope, file} = await good(root)
    // The same entries, spoiled: only the spoiling explains a miss.
    fs.writeFileSync(file, text as string)
    const cache = await ResultCache.open(file, scope)
    expect(cache.warnings).toHaveLength(1)
    expect(cache.warnings[0]).toMatch(warning as RegExp)
    expect(cache.warnings[0]).toContain(file)
    expect(cache.get('ca.txt', bytes(TRANSLATION))).toBeUndefined()
    // And it is rewritten as a good file.
    cache.set('ca.txt', bytes(TRANSLATION), await realResult())
    await cache.save()
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).version).toBe(CACHE_FORMAT)
  })

  it('an unreadable file (EACCES): empty, with a warning', async () => {
    const root = tmp()
    const {scope, file} = await good(root)
    const readFile = fs.promises.readFile
    vi.spyOn(fs.promises, 'readFile').mockImplementation(((target: fs.PathLike, ...rest: unknown[]) => {
      if (path.resolve(String(target)) === file) {
        return Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${file}'`), {code: 'EACCES'}))
      }
      return (readFile as (...args: unknown[]) => Promise<unknown>)(target, ...rest)
    }) as typeof fs.promises.readFile)
    const cache = await ResultCache.open(file, scope)
    expect(cache.warnings).toEqual([`Ignored the cache file ${file}: cannot read it (EACCES)`])
    expect(cache.get('ca.txt', bytes(TRANSLATION))).toBeUndefined()
    vi.restoreAllMocks()
    // The same file, readable: a hit (so the mock explains the miss).
    expect((await ResultCache.open(file, scope)).get('ca.txt', bytes(TRANSLATION))).toBeDefined()
  })

  it('a directory where the file should be: empty, with a warning', async () => {
    const root = tmp()
    fs.mkdirSync(path.join(root, CACHE_FILE))
    const cache = await ResultCache.open(path.join(root, CACHE_FILE), await cacheScope(input(root)))
    expect(cache.warnings).toEqual([`Ignored the cache file ${path.join(root, CACHE_FILE)}: it is a directory`])
  })

  it('ignores only the entries that do not match the schema', async () => {
    const root = tmp()
    const {scope, file} = await good(root)
    const data = JSON.parse(fs.readFileSync(file, 'utf8'))
    const entry = data.files['ca.txt']
    data.files['bad-hash.txt'] = {...entry, hash: 'not a hash', result: {...entry.result, path: 'bad-hash.txt'}}
    data.files['extra-key.txt'] = {...entry, result: {...entry.result, path: 'extra-key.txt', run: 'rm -rf /'}}
    data.files['bad-message.txt'] = {...entry, result: {...entry.result, path: 'bad-message.txt', messages: [{...entry.result.messages[0], line: '1'}]}}
    data.files['wrong-path.txt'] = {...entry}
    data.files['crash.txt'] = {...entry, result: failedResult('crash.txt', new Error('boom'))}
    // An own `__proto__` key, as JSON.parse makes it.
    Object.defineProperty(data.files, '__proto__', {value: {...entry, result: {...entry.result, path: '__proto__'}}, enumerable: true, configurable: true, writable: true})
    expect(JSON.stringify(data)).toContain('"__proto__":')
    fs.writeFileSync(file, JSON.stringify(data))

    const cache = await ResultCache.open(file, scope)
    expect(cache.warnings).toEqual([])
    expect(cache.get('ca.txt', bytes(TRANSLATION))).toBeDefined()
    for (const key of ['bad-hash.txt', 'extra-key.txt', 'bad-message.txt', 'wrong-path.txt', 'crash.txt']) {
      expect(cache.get(key, bytes(TRANSLATION)), key).toBeUndefined()
    }
    // `__proto__` is an ordinary key: valid, kept, and no prototype polluted.
    expect(cache.get('__proto__', bytes(TRANSLATION))?.path).toBe('__proto__')
    expect(({} as Record<string, unknown>).errors).toBeUndefined()
  })
})

describe('ResultCache.save', () => {
  it('writes the documented format, deterministically, whatever the order of set', async () => {
    const root = tmp()
    const scope = await cacheScope(input(root))
    const a = path.join(root, 'a', CACHE_FILE)
    const b = path.join(root, 'b', CACHE_FILE)
    const first = await ResultCache.open(a, scope)
    const second = await ResultCache.open(b, scope)
    const results = await Promise.all(['z.txt', 'a.txt', 'm/n.txt'].map((name) => realResult(name)))
    for (const result of results) first.set(result.path, bytes(result.path), result)
    for (const result of [...results].reverse()) {
      // The same data with keys in another order.
      const shuffled = Object.fromEntries(Object.entries(structuredClone(result)).reverse()) as unknown as FileResult
      second.set(result.path, bytes(result.path), shuffled)
    }
    await first.save()
    await second.save()
    const text = fs.readFileSync(a, 'utf8')
    expect(fs.readFileSync(b, 'utf8')).toBe(text)

    const data = JSON.parse(text)
    expect(Object.keys(data)).toEqual(['files', 'scope', 'version'])
    expect(data.version).toBe(CACHE_FORMAT)
    expect(data.scope).toBe(scopeHash(scope))
    expect(Object.keys(data.files)).toEqual(['a.txt', 'm/n.txt', 'z.txt'])
    expect(data.files['a.txt']).toEqual({hash: sha256(bytes('a.txt')), result: results[1]})
    expect(Object.keys(data.files['a.txt'].result)).toEqual([...Object.keys(data.files['a.txt'].result)].sort())
  })

  it('keeps only the entries seen in this run', async () => {
    const root = tmp()
    const scope = await cacheScope(input(root))
    const file = path.join(root, CACHE_FILE)
    const writer = await ResultCache.open(file, scope)
    for (const name of ['kept.txt', 'deleted.txt', 'changed.txt', 'new.txt']) writer.set(name, bytes(name), await realResult(name))
    await writer.save()

    const next = await ResultCache.open(file, scope)
    expect(next.get('kept.txt', bytes('kept.txt'))).toBeDefined()
    expect(next.get('changed.txt', bytes('changed.txt, edited'))).toBeUndefined()
    next.set('added.txt', bytes('added.txt'), await realResult('added.txt'))
    await next.save()
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).files)).toEqual(['added.txt', 'kept.txt'])
  })

  it('writes atomically through a temporary file and creates the directory', async () => {
    const root = tmp()
    const file = path.join(root, 'deep', 'er', CACHE_FILE)
    const cache = await ResultCache.open(file, await cacheScope(input(root)))
    cache.set('ca.txt', bytes(TRANSLATION), await realResult())
    const rename = vi.spyOn(fs.promises, 'rename')
    await cache.save()
    expect(rename).toHaveBeenCalledWith(`${file}.tmp-${process.pid}`, file)
    expect(fs.readdirSync(path.dirname(file))).toEqual([CACHE_FILE])
    expect(cache.warnings).toEqual([])
  })

  it('does not rewrite a file that would not change', async () => {
    const root = tmp()
    const scope = await cacheScope(input(root))
    const file = path.join(root, CACHE_FILE)
    const writer = await ResultCache.open(file, scope)
    writer.set('ca.txt', bytes(TRANSLATION), await realResult())
    await writer.save()
    const reader = await ResultCache.open(file, scope)
    expect(reader.get('ca.txt', bytes(TRANSLATION))).toBeDefined()
    const writeFile = vi.spyOn(fs.promises, 'writeFile')
    await reader.save()
    expect(writeFile).not.toHaveBeenCalled()
    // A run under another scope does write.
    const other = await ResultCache.open(file, {...scope, lang: 'ca'})
    await other.save()
    expect(writeFile).toHaveBeenCalledTimes(1)
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).files).toEqual({})
  })

  it('a failure to write is a warning, never a throw, and leaves no temporary file', async () => {
    const root = tmp({'blocker': 'a file, not a directory'})
    const file = path.join(root, 'blocker', CACHE_FILE)
    const cache = await ResultCache.open(file, await cacheScope(input(root)))
    cache.set('ca.txt', bytes(TRANSLATION), await realResult())
    await expect(cache.save()).resolves.toBeUndefined()
    expect(cache.warnings).toHaveLength(1)
    expect(cache.warnings[0]).toMatch(new RegExp(`^Could not write the cache file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (ENOTDIR|EEXIST)$`))

    const other = path.join(root, 'ok', CACHE_FILE)
    const failing = await ResultCache.open(other, await cacheScope(input(root)))
    failing.set('ca.txt', bytes(TRANSLATION), await realResult())
    vi.spyOn(fs.promises, 'rename').mockRejectedValue(Object.assign(new Error('EXDEV'), {code: 'EXDEV'}))
    await failing.save()
    expect(failing.warnings).toEqual([`Could not write the cache file ${other}: EXDEV`])
    expect(fs.readdirSync(path.dirname(other))).toEqual([])
  })
})

describe('cacheLocation (--cache-location)', () => {
  it('defaults to .translintcache in the working directory', () => {
    const cwd = tmp()
    expect(CACHE_FILE).toBe('.translintcache')
    expect(cacheLocation(undefined, cwd)).toBe(path.join(cwd, '.translintcache'))
    expect(cacheLocation('', cwd)).toBe(path.join(cwd, '.translintcache'))
  })

  it('puts .translintcache inside an existing directory, or a location ending with /', () => {
    const cwd = tmp()
    fs.mkdirSync(path.join(cwd, 'caches'))
    expect(cacheLocation('caches', cwd)).toBe(path.join(cwd, 'caches', '.translintcache'))
    expect(cacheLocation(path.join(cwd, 'caches'), '/elsewhere')).toBe(path.join(cwd, 'caches', '.translintcache'))
    expect(cacheLocation('not-yet/', cwd)).toBe(path.join(cwd, 'not-yet', '.translintcache'))
  })

  it('uses any other location as the file itself', () => {
    const cwd = tmp({'existing-file': '{}'})
    expect(cacheLocation('not-yet', cwd)).toBe(path.join(cwd, 'not-yet'))
    expect(cacheLocation('existing-file', cwd)).toBe(path.join(cwd, 'existing-file'))
    expect(cacheLocation('.cache/translint.json', cwd)).toBe(path.join(cwd, '.cache', 'translint.json'))
  })
})
