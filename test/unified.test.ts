/**
 * translint as a unified plugin (`translint/unified`): in code, in
 * `remark-cli` through a `.remarkrc.json`, and in `unified-language-server`
 * as an editor would run it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {remark} from 'remark'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import translint, {type Options, type SourcePlace} from '../src/unified.js'
import {check, type LintMessage} from '../src/index.js'
import {root} from './helpers.js'

const fixtures = path.join(root, 'fixtures', 'unified')
const en = fs.readFileSync(path.join(fixtures, 'en.md'), 'utf8')
const es = fs.readFileSync(path.join(fixtures, 'es.md'), 'utf8')
/** The plugin as `npm test` builds it (`npm run build:lib`), for the CLI and the server. */
const built = path.join(root, 'build', 'src', 'unified.js')
const cli = path.join(root, 'node_modules', 'remark-cli', 'cli.js')

/** A Swahili translation (no dictionary: information messages) missing list item 2 of 3. */
const sw = `# Bustani ya jamii

Bustani ilifunguliwa mwaka 2012 na ina vitanda 40 vilivyoinuliwa.

## Wajitolea

- Mwagilia vitanda Jumamosi asubuhi.
- Uliza kwenye banda kwa ajili ya zana.
`

async function lint(value: string | Uint8Array, options: Options, filePath = 'es.md', cwd = fixtures): Promise<VFile> {
  return remark().use(translint, options).process(new VFile({path: filePath, cwd, value}))
}

/** The fields that a translint message and a vfile message share. */
function fromVfile(message: VFileMessage): Record<string, unknown> {
  const place = message.place as {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
  return {
    ruleId: message.ruleId,
    source: message.source,
    reason: message.reason,
    line: place.start.line,
    column: place.start.column,
    endLine: place.end.line,
    endColumn: place.end.column,
    offset: place.start.offset,
    endOffset: place.end.offset,
    fatal: message.fatal ?? null,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url
  }
}

function fromTranslint(message: LintMessage): Record<string, unknown> {
  return {
    ruleId: message.ruleId,
    source: message.source,
    reason: message.reason,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    offset: message.offset,
    endOffset: message.endOffset,
    fatal: message.fatal,
    actual: message.actual,
    // Without a reported text (something missing) `expected` is the source's and goes into the note.
    expected: message.actual === undefined ? undefined : message.expected,
    note: message.actual === undefined && message.expected
      ? [`In the source: ${message.expected.map((text) => `\`${text}\``).join(', ')}`, ...(message.note ? [message.note] : [])].join('\n')
      : message.note,
    url: message.url
  }
}

describe('the unified plugin in code', () => {
  it('gives the messages of `check` on the same texts: rule ids, places, reasons, fields', async () => {
    const file = await lint(es, {source: 'en.md'})
    const expected = await check({source: en, translation: es, path: 'es.md'})
    expect(expected.messages.map((message) => message.ruleId)).toEqual(['number-parity'])
    expect(file.messages.map(fromVfile)).toEqual(expected.messages.map(fromTranslint))
    const [message] = file.messages
    expect(message!.fatal).toBe(true)
    expect(message!.file).toBe('es.md')
    expect(`${message!.line}:${message!.column}-${message!.place && 'end' in message!.place ? `${message!.place.end.line}:${message!.place.end.column}` : ''}`).toBe('3:20-3:24')
    expect(message!.actual).toBe('2021')
    expect(message!.expected).toEqual(['2012'])
  })

  it('gives editors no quick fix that would insert the source\'s English where something is missing', async () => {
    const missing = es.split('\n').filter((line) => !line.startsWith('- ') || line !== es.split('\n').find((first) => first.startsWith('- '))).join('\n')
    const [item] = (await lint(missing, {source: 'en.md'})).messages.filter((message) => message.ruleId === 'list-count')
    expect(item!.actual).toBeUndefined()
    expect(item!.expected).toBeUndefined()
    expect(item!.note).toMatch(/^In the source: `[^`]+`/)
  })

  it('runs after remark-parse alone, on a Buffer, with the source given as text', async () => {
    const processor = unified().use(remarkParse).use(translint, {sourceText: en, lang: 'es'})
    const file = new VFile({value: new TextEncoder().encode(es)})
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal])).toEqual([['number-parity', 3, 20, true]])
  })

  it('maps severities to `fatal` as vfile does: errors true, warnings false, information undefined', async () => {
    const file = await lint(sw, {source: 'en.md', config: {rules: {'list-count': 'warning'}}}, 'sw.md')
    const expected = await check({source: en, translation: sw, path: 'sw.md', config: {rules: {'list-count': 'warning'}}})
    expect(expected.messages.map((message) => message.severity)).toEqual(['info', 'info', 'warning'])
    expect(file.messages.map(fromVfile)).toEqual(expected.messages.map(fromTranslint))
    expect(file.messages.map((message) => message.fatal)).toEqual([undefined, undefined, false])
    expect(file.messages[0]!.note).toMatch(/dictionary-sw/)
  })

  it('names the related place in the source as the message\'s cause', async () => {
    const file = await lint(sw, {source: 'en.md'}, 'sw.md')
    const missing = file.messages.find((message) => message.ruleId === 'list-count')!
    expect(missing.fatal).toBe(true)
    const cause = missing.cause as SourcePlace
    expect(cause.stack).toBe('en.md:8:3-8:25: list item in the source')
    expect(cause.file).toBe('en.md')
    expect(cause.place).toEqual({start: {line: 8, column: 3}, end: {line: 8, column: 25}})
    expect(en.split('\n')[7]!.slice(2, 24)).toBe('Bring your own gloves.')
  })

  it('counts columns in UTF-16 code units as unist does; offsets are translint\'s', async () => {
    const text = es.replace('El huerto', 'El huerto 🌱')
    const file = await lint(text, {source: 'en.md'})
    const [expected] = (await check({source: en, translation: text, path: 'es.md'})).messages
    expect(expected!.column).toBe(22) // code points
    const [message] = file.messages
    expect(message!.column).toBe(23) // UTF-16, as mdast and LSP count
    expect(message!.place).toMatchObject({start: {line: 3, offset: expected!.offset}, end: {line: 3, column: 27, offset: expected!.endOffset}})
    // The place indexes the line as JavaScript and mdast do.
    const line = text.split('\n')[2]!
    expect(line.slice(message!.column! - 1, message!.column! + 3)).toBe('2021')
    const paragraph = remark().parse(text).children[1]!
    expect(paragraph.position!.end).toMatchObject({line: 3, column: line.length + 1})
  })

  it('decides the language by `lang`, then the config\'s `languages`, then the file name', async () => {
    // Spanish text declared Catalan: the language option wins over the name.
    const declared = await lint(es, {source: 'en.md', lang: 'ca'})
    const asCatalan = await check({source: en, translation: es, path: 'es.md', lang: 'ca'})
    expect(declared.messages.map(fromVfile)).toEqual(asCatalan.messages.map(fromTranslint))
    expect(asCatalan.messages.some((message) => message.ruleId === 'wrong-language')).toBe(true)
    const mapped = await lint(es, {source: 'en.md', config: {languages: {'es.md': 'ca'}}})
    expect(mapped.messages.map(fromVfile)).toEqual(asCatalan.messages.map(fromTranslint))
    const unnamed = await lint(es, {source: 'en.md'}, 'huerto.md')
    expect(unnamed.messages.map((message) => message.ruleId)).toEqual(['number-parity'])
  })

  it('does not check the source itself, nor a file the config ignores', async () => {
    expect((await lint(en, {source: 'en.md'}, 'en.md')).messages).toEqual([])
    expect((await lint(es, {source: 'en.md', config: {ignore: ['es.md']}})).messages).toEqual([])
  })

  it('reports a missing source as one fatal message naming it, without a stack', async () => {
    const file = await lint(es, {source: 'missing/en.md'})
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message!.reason).toBe('Cannot read the source `missing/en.md`: no such file')
    expect(message!.fatal).toBe(true)
    expect(message!.source).toBe('translint')
    expect([message!.line, message!.column]).toEqual([1, 1])
    expect(message!.cause).toBeUndefined()
    expect(message!.stack).not.toMatch(/\n\s+at /)
  })

  it('reports an unreadable source, a bad config and an unknown language tag the same way', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-unified-'))
    try {
      fs.writeFileSync(path.join(directory, 'en.md'), new Uint8Array([0x48, 0x69, 0xff, 0xfe, 0x00, 0x0a]))
      fs.writeFileSync(path.join(directory, 'bad.json'), '{"rules": {"no-such-rule": "error"}}')
      const cases: Array<[Options, RegExp]> = [
        [{source: 'en.md'}, /^Cannot use `en\.md` as the source: /],
        [{source: 'en.md', config: 'bad.json'}, /bad\.json: `rules\.no-such-rule`: unknown rule/],
        [{sourceText: en, config: {rules: {'no-such-rule': 'error'}}}, /`rules\.no-such-rule`: unknown rule/],
        [{sourceText: en, lang: 'xx-nope'}, /^Unknown language tag `xx-nope`/]
      ]
      for (const [options, reason] of cases) {
        const file = await lint(es, options, 'es.md', directory)
        expect(file.messages.map((message) => [message.fatal, message.source]), JSON.stringify(options)).toEqual([[true, 'translint']])
        expect(file.messages[0]!.reason).toMatch(reason)
      }
    } finally {
      fs.rmSync(directory, {recursive: true, force: true})
    }
  })

  it('the README\'s example runs and prints what the README says', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## In unified pipelines and editors'))
    const code = /```js\n([\s\S]*?)```/.exec(section)![1]!
    const printed = /prints\n\n```text\n([\s\S]*?)```/.exec(section)![1]!
    // Inside the package, `translint/unified` resolves to the package itself.
    const file = path.join(root, 'build', 'unified-readme-example.mjs')
    fs.writeFileSync(file, code)
    const result = spawnSync(process.execPath, [file], {cwd: root, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(printed)
  })
})

/** A temporary folder with the fixtures and a `.remarkrc.json` loading the built plugin. */
function workspace(options: Record<string, unknown> = {source: 'en.md'}): string {
  expect(fs.existsSync(built), 'build/src/unified.js (npm test runs `npm run build:lib` first)').toBe(true)
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-unified-'))
  for (const name of ['en.md', 'es.md']) fs.copyFileSync(path.join(fixtures, name), path.join(directory, name))
  fs.writeFileSync(path.join(directory, '.remarkrc.json'), JSON.stringify({plugins: [[built, options]]}, null, 2))
  return directory
}

describe('with remark-cli and a .remarkrc.json', () => {
  const directories: string[] = []
  const run = (options: Record<string, unknown> | undefined, ...args: string[]): {status: number | null; stderr: string} => {
    const directory = workspace(options)
    directories.push(directory)
    const result = spawnSync(process.execPath, [cli, ...args, '--no-stdout', '--no-color'], {cwd: directory, encoding: 'utf8', timeout: 120_000})
    return {status: result.status, stderr: result.stderr}
  }
  afterAll(() => {
    for (const directory of directories) fs.rmSync(directory, {recursive: true, force: true})
  })

  it('reports the problem at its line and column with its rule id, and exits 1 on an error', () => {
    const {status, stderr} = run(undefined, 'es.md')
    expect(stderr).toMatch(/^es\.md\n *3:20-3:24 +error +Unexpected number `2021`, expected `2012` as in the source +number-parity +translint$/m)
    expect(stderr).toMatch(/✖ 1 error/)
    expect(status).toBe(1)
  })

  it('checks a whole folder, leaving the source alone', () => {
    const {status, stderr} = run(undefined, '.')
    expect(stderr).toMatch(/^en\.md: no issues found$/m)
    expect(stderr).toMatch(/3:20-3:24 +error .* number-parity +translint/)
    expect(status).toBe(1)
  })

  it('exits 0 on warnings, 1 with --frail', () => {
    const options = {source: 'en.md', config: {rules: {'number-parity': 'warning'}}}
    const plain = run(options, 'es.md')
    expect(plain.stderr).toMatch(/3:20-3:24 +warning +Unexpected number `2021`.* +number-parity +translint/)
    expect(plain.status).toBe(0)
    const frail = run(options, 'es.md', '--frail')
    expect(frail.stderr).toMatch(/3:20-3:24 +warning .* number-parity/)
    expect(frail.status).toBe(1)
  })

  it('reports a missing source as one fatal message naming it, no stack trace, exit 1', () => {
    const {status, stderr} = run({source: 'missing.md'}, 'es.md')
    expect(stderr).toMatch(/^ *1:1 +error +Cannot read the source `missing\.md`: no such file +translint$/m)
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(stderr).toMatch(/✖ 1 error/)
    expect(status).toBe(1)
  })
})

/** A minimal LSP client over a child's stdio: Content-Length framed JSON-RPC. */
class LspClient {
  private buffer = Buffer.alloc(0)
  private nextId = 1
  private readonly received: Array<Record<string, any>> = []
  private readonly waiters: Array<{test: (message: Record<string, any>) => boolean; resolve: (message: Record<string, any>) => void}> = []

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk])
      for (;;) {
        const end = this.buffer.indexOf('\r\n\r\n')
        if (end === -1) return
        const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1])
        if (this.buffer.length < end + 4 + length) return
        const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')
        this.buffer = this.buffer.subarray(end + 4 + length)
        this.handle(JSON.parse(body) as Record<string, any>)
      }
    })
  }

  private handle(message: Record<string, any>): void {
    // Requests from the server (none expected with these capabilities): answered empty.
    if (message.method && message.id !== undefined) this.send({jsonrpc: '2.0', id: message.id, result: null})
    this.received.push(message)
    for (const waiter of [...this.waiters]) {
      if (waiter.test(message)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1)
        waiter.resolve(message)
      }
    }
  }

  send(message: Record<string, unknown>): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8')
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]))
  }

  notify(method: string, params: unknown): void {
    this.send({jsonrpc: '2.0', method, params})
  }

  async request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++
    const response = this.waitFor((message) => message.id === id && message.method === undefined)
    this.send({jsonrpc: '2.0', id, method, params})
    const message = await response
    if (message.error) throw new Error(`${method}: ${JSON.stringify(message.error)}`)
    return message.result
  }

  /** The first message (already received or to come) that passes `test`. */
  waitFor(test: (message: Record<string, any>) => boolean): Promise<Record<string, any>> {
    const found = this.received.find(test)
    if (found) return Promise.resolve(found)
    return new Promise((resolve) => this.waiters.push({test, resolve}))
  }
}

describe('with unified-language-server, as in an editor', () => {
  let directory: string
  let server: ChildProcessWithoutNullStreams | undefined
  let stderr = ''
  beforeAll(() => {
    directory = workspace()
  })
  afterAll(() => {
    server?.kill()
    fs.rmSync(directory, {recursive: true, force: true})
  })

  it('publishes translint\'s diagnostics for an opened translation, with a quick fix from `expected`', async () => {
    server = spawn(process.execPath, [path.join(fixtures, 'language-server.mjs'), '--stdio'], {cwd: directory, stdio: 'pipe'})
    server.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
    })
    const exited = new Promise<number | null>((resolve) => server!.on('exit', resolve))
    const client = new LspClient(server)
    const rootUri = pathToFileURL(directory).href
    const uri = pathToFileURL(path.join(directory, 'es.md')).href

    const initialized = await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{uri: rootUri, name: 'translations'}],
      capabilities: {}
    })
    expect(initialized.capabilities.codeActionProvider).toBeTruthy()
    client.notify('initialized', {})
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: es}})

    const published = await client.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri)
    const diagnostics = published.params.diagnostics as Array<Record<string, any>>
    expect(diagnostics, stderr).toEqual([{
      range: {start: {line: 2, character: 19}, end: {line: 2, character: 23}},
      message: 'Unexpected number `2021`, expected `2012` as in the source',
      severity: 1,
      code: 'number-parity',
      source: 'translint',
      codeDescription: {href: 'https://github.com/translint/translint/blob/main/rules/number-parity.md'},
      data: {expected: ['2012']}
    }])

    // The editor's quick fix: `expected` replaces the reported text.
    const actions = await client.request('textDocument/codeAction', {
      textDocument: {uri},
      range: diagnostics[0]!.range,
      context: {diagnostics}
    }) as Array<Record<string, any>>
    expect(actions.map((action) => [action.title, action.edit.changes[uri]])).toEqual([
      ['Replace `2021` with `2012`', [{range: diagnostics[0]!.range, newText: '2012'}]]
    ])

    await client.request('shutdown', null)
    client.notify('exit', null)
    expect(await exited).toBe(0)
    server = undefined
  }, 180_000)
})
