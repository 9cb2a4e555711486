/**
 * The review page as HTML text (test/review-page.test.ts opens it in a
 * browser): rows in reading order, missing and extra units, findings in
 * place, escaping, direction.
 */
import fs from 'node:fs'
import {execFileSync} from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import {describe, it, expect, afterEach} from 'vitest'
import {checkFiles, reportHtml, type FileResult} from '../src/index.js'
import fc from 'fast-check'
import {directionOf, escapeHtml, unitAt} from '../src/report/html.js'
import {summarize} from '../src/lint/messages.js'
import {iwca} from './helpers.js'

const made: string[] = []
afterEach(() => {
  for (const directory of made.splice(0)) fs.rmSync(directory, {recursive: true, force: true})
})

function folder(files: Record<string, string>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-html-'))
  made.push(directory)
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(directory, name), content)
  return directory
}

async function review(files: Record<string, string>, names: string[]): Promise<{files: FileResult[]; html: string}> {
  const cwd = folder(files)
  const result = await checkFiles(names, {cwd, source: 'en.txt', config: {}, concurrency: 1, review: true})
  return {files: result.files, html: reportHtml(result.files, result.summary)}
}

/** The rows of one file's table: class and the text of each cell. */
function rows(html: string, fileIndex = 0): Array<{classes: string; cells: string[]}> {
  const section = html.split(`<section class="file" id="file-${fileIndex}"`)[1]!.split('</section>')[0]!
  return [...section.matchAll(/<tr class="(row[^"]*)">([\s\S]*?)<\/tr>/g)].map((match) => ({
    classes: match[1]!,
    cells: [...match[2]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!.replace(/<span class="sr">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '').replace(/&#39;/g, "'"))
  }))
}

const EN = 'The Association was founded in 1983.\n\nIt supports writing centers around the world.\n\nIt publishes two journals every year.\n'

describe('review page', () => {
  it('puts each source unit beside its translation, in reading order', async () => {
    const {html} = await review({'en.txt': EN, 'ca.txt': "L'Associació es va fundar el 1983.\n\nDona suport als centres d'escriptura de tot el món.\n\nPublica dues revistes cada any.\n"}, ['ca.txt'])
    const table = rows(html)
    expect(table.map((row) => row.classes)).toEqual(['row link-match kind-paragraph', 'row link-match kind-paragraph', 'row link-match kind-paragraph'])
    expect(table[0]!.cells).toEqual(['The Association was founded in 1983.', "L'Associació es va fundar el 1983."])
    expect(table[2]!.cells[1]).toBe('Publica dues revistes cada any.')
  })

  it('shows a missing unit as an empty, labelled cell where it stands in the source', async () => {
    const {files, html} = await review({'en.txt': EN, 'ca.txt': "L'Associació es va fundar el 1983.\n\nPublica dues revistes cada any.\n"}, ['ca.txt'])
    const table = rows(html)
    expect(table.map((row) => row.classes.split(' ')[1])).toEqual(['link-match', 'link-missing', 'link-match'])
    expect(table[1]!.cells[0]).toBe('It supports writing centers around the world.')
    expect(table[1]!.cells[1]).toMatch(/paragraph missing in the translation/)
    // The finding about it is linked from the list and sits in that row.
    const finding = files[0]!.messages.find((message) => message.ruleId === 'paragraph-count')
    expect(finding).toBeDefined()
    expect(html).toMatch(/<td class="empty target">[^]*?id="m-0-\d+"/)
  })

  it('marks the cause of a finding in the source column, counting columns as messages do (code points)', async () => {
    const en = 'It has three goals:\n\n- 🎉🎉 Open documents for everyone.\n- 🎉🎉 Free software for schools.\n- 🎉🎉 Good translations in every language.\n'
    const fr = "Elle a trois objectifs :\n\n- 🎉🎉 Des documents ouverts à tous.\n- 🎉🎉 Des logiciels libres pour les écoles.\n"
    const cwd = folder({'en.md': en, 'fr.md': fr})
    const result = await checkFiles(['fr.md'], {cwd, source: 'en.md', config: {}, concurrency: 1, review: true})
    const message = result.files[0]!.messages.find((entry) => entry.ruleId === 'list-count')!
    expect(message.cause).toBeDefined()
    const html = reportHtml(result.files, result.summary)
    const cause = /<mark class="cause[^"]*"[^>]*>([^<]*)</.exec(html)
    expect(cause?.[1]).toBe('🎉🎉 Good translations in every language.')
    expect(rows(html).at(-1)!.classes).toContain('link-missing')
  })

  it('shows an extra unit with an empty source cell', async () => {
    const {html} = await review({'en.txt': EN, 'ca.txt': "L'Associació es va fundar el 1983.\n\nDona suport als centres d'escriptura de tot el món.\n\nAquest paràgraf no és a l'original i parla d'una altra cosa ben diferent.\n\nPublica dues revistes cada any.\n"}, ['ca.txt'])
    const table = rows(html)
    const extra = table.findIndex((row) => row.classes.includes('link-extra'))
    expect(extra).toBeGreaterThan(0)
    expect(table[extra]!.cells[0]).toMatch(/paragraph not in the source/)
    expect(table[extra]!.cells[1]).toMatch(/^Aquest paràgraf no és a l'original/)
    expect(table.filter((row) => row.classes.includes('link-extra'))).toHaveLength(1)
    expect(table).toHaveLength(4)
  })

  it('highlights a finding at its span, anchored from the list, with its context there', async () => {
    const {files, html} = await review({'en.txt': EN, 'ca.txt': "L'Associació es va fundar el 1985.\n\nDona suport als centres d'escriptura de tot el món.\n\nPublica dues revistes cada any.\n"}, ['ca.txt'])
    const message = files[0]!.messages.find((entry) => entry.ruleId === 'number-parity')!
    expect(message).toBeDefined()
    expect(html).toMatch(/<mark class="finding sev-error" data-rule="number-parity" data-severity="error" id="m-0-1" tabindex="-1"[^>]*>1985</)
    expect(html).toContain('<a href="#m-0-1">1:30</a>')
    expect(html).toContain("In: <q>L&#39;Associació es va fundar el 1985.</q>")
  })

  it('writes everything from the documents as text', async () => {
    const hostile = "L'Associació <script>alert(1)</script></td></tr> es va fundar el 1983 <img src=x onerror=alert(2)>.\n\nDona suport als centres d'escriptura de tot el món.\n\nPublica dues revistes cada any.\n"
    const {html} = await review({'en.txt': EN, 'x"<b>.txt': hostile}, ['x"<b>.txt'])
    expect(html).not.toMatch(/<script>alert|<img|<\/td><\/tr> es va|<b>\.txt/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;/td&gt;&lt;/tr&gt;')
    expect(html).toContain('x&quot;&lt;b&gt;.txt')
    expect(html.match(/<script>/g)).toHaveLength(1)
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;')
  })

  it('lists every input in the overview, unreadable ones too, in the report order', async () => {
    const cwd = folder({'en.txt': EN, 'ca.txt': "L'Associació es va fundar el 1983.\n\nDona suport als centres d'escriptura de tot el món.\n\nPublica dues revistes cada any.\n"})
    const result = await checkFiles(['ca.txt', 'missing.txt'], {cwd, source: 'en.txt', config: {}, concurrency: 1, review: true})
    const html = reportHtml(result.files, summarize(result.files))
    const overview = html.split('<table class="files">')[1]!.split('</table>')[0]!
    expect([...overview.matchAll(/<a href="#file-(\d+)">([^<]+)<\/a>/g)].map((match) => [match[1], match[2]])).toEqual([['0', 'ca.txt'], ['1', 'missing.txt']])
    expect(html).toContain('No side-by-side view: the file could not be read.')
    expect(html).toMatch(/<code>unreadable<\/code>&nbsp;1/)
  })

  it('shows a project: coverage per locale, and why a missing page has no view', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-html-'))
    made.push(cwd)
    for (const [name, content] of Object.entries({
      'translint.config.json': JSON.stringify({documents: [{source: 'docs/en/*.md', translations: 'docs/{locale}/{path}'}], locales: ['fr']}),
      'docs/en/a.md': '# A\n\nThe page was written in 2020.\n',
      'docs/en/b.md': '# B\n\nAnother page.\n',
      'docs/fr/a.md': '# A\n\nLa page a été écrite en 2020.\n'
    })) {
      fs.mkdirSync(path.dirname(path.join(cwd, name)), {recursive: true})
      fs.writeFileSync(path.join(cwd, name), content)
    }
    const result = await checkFiles([], {cwd, concurrency: 1, review: true})
    const html = reportHtml(result.files, result.summary, {...(result.project ? {project: result.project} : {})})
    expect(html).toContain('<caption>Coverage per locale</caption>')
    expect(html).toMatch(/<tr><td>fr<\/td><td>1<\/td><td>1<\/td>/)
    expect(html).toContain('No side-by-side view: this page has no translation yet.')
    expect(rows(html, result.files.findIndex((file) => file.path === 'docs/fr/a.md'))[1]!.cells).toEqual(['The page was written in 2020.', 'La page a été écrite en 2020.'])
  })

  it('marks a stale passage: the finding in the translation, what changed in the source', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-html-'))
    made.push(cwd)
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], {cwd, stdio: 'ignore'})
    }
    const write = (name: string, content: string): void => {
      fs.mkdirSync(path.dirname(path.join(cwd, name)), {recursive: true})
      fs.writeFileSync(path.join(cwd, name), content)
    }
    write('translint.config.json', JSON.stringify({documents: [{source: 'docs/en/*.md', translations: 'docs/{locale}/{path}'}], locales: ['fr']}))
    write('docs/en/a.md', '# Setup\n\nInstall the tool in 2 minutes.\n\nThen run it every day.\n')
    write('docs/fr/a.md', "# Installation\n\nInstallez l'outil en 2 minutes.\n\nPuis lancez-le chaque jour.\n")
    git('init', '-q')
    git('add', '-A')
    git('commit', '-qm', 'one')
    write('docs/en/a.md', '# Setup\n\nInstall the tool in 2 minutes.\n\nThen run it every day, before you publish.\n')
    git('commit', '-qam', 'two')
    const result = await checkFiles([], {cwd, concurrency: 1, review: true})
    const file = result.files.find((entry) => entry.path === 'docs/fr/a.md')!
    const stale = file.messages.findIndex((message) => message.ruleId === 'stale')
    expect(stale).not.toBe(-1)
    const html = reportHtml(result.files, result.summary)
    const index = result.files.indexOf(file)
    // In the translation: the passage that follows the old source; in the source: what changed.
    expect(html).toMatch(new RegExp(`<mark class="finding sev-\\w+" data-rule="stale"[^>]*id="m-${index}-${stale + 1}"[^>]*>Puis lancez-le chaque jour\\.`))
    expect(html).toMatch(/<mark class="cause sev-\w+" data-rule="stale"[^>]*>Then run it every day, before you publish\./)
  })

  it('is a self-contained page: nothing loaded from elsewhere', async () => {
    const {html} = await review({'en.txt': fs.readFileSync(path.join(iwca, 'en.txt'), 'utf8'), 'ca.txt': fs.readFileSync(path.join(iwca, 'ca.txt'), 'utf8')}, ['ca.txt'])
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(|src=["']?https?:/i)
  })

  it('finds the unit at a place as a scan of every unit does (property)', () => {
    const units = fc.array(fc.tuple(fc.nat(5), fc.nat(8)), {maxLength: 12}).map((gaps) => {
      let at = 0
      return gaps.map(([gap, length]) => {
        const start = at + gap
        at = start + length
        return {start, end: at}
      })
    })
    fc.assert(fc.property(units, fc.nat(80), fc.nat(6), (list, start, length) => {
      const end = start + length
      const scan = list.findIndex((unit) => (start === end ? start >= unit.start && start <= unit.end : start < unit.end && end > unit.start))
      expect(unitAt(list, start, end)).toBe(scan)
    }), {numRuns: 2000})
  })

  it('lays right-to-left languages out right to left', () => {
    for (const tag of ['ar', 'he', 'fa-IR', 'ur', 'yi', 'ps', 'uz-Arab', 'ckb']) expect(directionOf(tag), tag).toBe('rtl')
    for (const tag of ['en', 'sr', 'ca', 'zh-Hant', 'ja', 'ar-Latn', null, undefined]) expect(directionOf(tag), String(tag)).toBe('ltr')
  })
})
