/**
 * The review page (`--format html`) in a real browser: the system's
 * Chromium (see test/browser.ts) opens pages rendered from the library
 * (`checkFiles` with `review: true`, then `reportHtml`) from file:// URLs,
 * as a reviewer would, and the checks read the DOM and computed styles, not
 * the HTML's text.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, it, expect, beforeAll, afterAll, afterEach} from 'vitest'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import axe from 'axe-core'
import {checkFiles, reportHtml, type CheckFilesResult} from '../src/index.js'
import {root, iwca, read, SEEDS} from './helpers.js'
import {launchChromium} from './browser.js'

// The page-side callbacks (`page.evaluate`) run in Chromium. The project
// compiles without TypeScript's DOM library (added to the program, it breaks
// the WebAssembly types of src/dictionaries/hunspell.ts), so the little of
// the DOM they use is declared here, for this module only.
type Elements = Iterable<Element> & {readonly length: number}
interface Element {
  readonly id: string
  readonly tagName: string
  readonly classList: Iterable<string> & {contains(name: string): boolean}
  readonly children: Elements
  readonly parentElement: Element | null
  readonly nextElementSibling: Element | null
  textContent: string | null
  getAttribute(name: string): string | null
  querySelector(selector: string): Element | null
  querySelectorAll(selector: string): Elements
  closest(selector: string): Element | null
  cloneNode(deep: boolean): Element
  remove(): void
  blur(): void
  getBoundingClientRect(): {left: number; right: number; width: number}
}
declare const document: {
  readonly activeElement: Element | null
  readonly scripts: {readonly length: number}
  getElementById(id: string): Element | null
  querySelector(selector: string): Element | null
  querySelectorAll(selector: string): Elements
}
declare const window: object
declare function getComputedStyle(element: Element): {backgroundColor: string; backgroundImage: string; direction: string; display: string}

const TIMEOUT = 120_000
const source = path.join(iwca, 'en.txt')
const catalan = read('fixtures', 'iwca', 'ca.txt')

/** `text` with each pair replaced once; a pair that does not apply is a broken test. */
function edit(text: string, pairs: Array<[string, string]>): string {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`not in the text: ${from}`)
    text = text.replace(from, to)
  }
  return text
}

// The Catalan seed with a finding of five more rules than its own
// (`untranslated`: the English article), one per edit.
const crafted = edit(catalan, [
  ['fundada el 1983', 'fundada el 1938'], // number-parity
  ['fomenta el desenvolupament', 'fomenta el desenvolupamnet'], // spelling
  ['una comunitat de centres', 'una comunitаt de centres'], // mixed-script: a Cyrillic а
  ['Per tant, IWCA es compromet a:', "Per tant, l'associació es compromet a:"], // required-term
  ['apoderament i beques', 'empowerment i beques'] // untranslated
])

/** The Catalan seed without one of its commitments (a bullet line). */
const withoutLine = (start: string): string => {
  const lines = catalan.split('\n')
  const kept = lines.filter((line) => !line.trimStart().startsWith(`• ${start}`))
  if (kept.length !== lines.length - 1) throw new Error(`no single bullet line starts with ${start}`)
  return kept.join('\n')
}

const HOSTILE = ['<script>window.__pwned=1</script>', '</td></tr></table><img src=x onerror="window.__pwned=2">', '<b>bold</b>']
const hostile = edit(catalan, [['Per tant, IWCA es compromet a:', `Per tant, IWCA es compromet a: ${HOSTILE.join(' ')}`]])

// The order of the files on the variants page: `#file-<index>`.
const VARIANTS = ['crafted', 'missing-item', 'dropped-paragraph', 'arabic', 'hostile', 'missing-last-item'] as const
const at = (name: (typeof VARIANTS)[number]): number => VARIANTS.indexOf(name)

let browser: Browser
let directory: string
let seeds: CheckFilesResult
let variants: CheckFilesResult
const contexts: BrowserContext[] = []

beforeAll(async () => {
  browser = await launchChromium()
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-review-'))
  const write = (name: string, text: string): string => {
    const file = path.join(directory, name)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, text)
    return file
  }
  const paths: Record<(typeof VARIANTS)[number], string> = {
    crafted: write('crafted/ca.txt', crafted),
    'missing-item': write('missing-item/ca.txt', withoutLine('Donar suport a tutors i institucions')),
    'dropped-paragraph': path.join(iwca, 'broken', 'paragraph-count--drop-paragraph-2.ca.txt'),
    arabic: path.join(root, 'fixtures', 'review', 'ar.txt'),
    hostile: write('hostile/ca.txt', hostile),
    'missing-last-item': write('missing-last-item/ca.txt', withoutLine('Escoltar i relacionar-nos'))
  }
  const options = {cwd: root, source, review: true, config: {}}
  seeds = await checkFiles(SEEDS.map((lang) => path.join(iwca, `${lang}.txt`)), options)
  variants = await checkFiles(VARIANTS.map((name) => paths[name]), options)
}, TIMEOUT)

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close()
})

afterAll(async () => {
  await browser?.close()
  if (directory) fs.rmSync(directory, {recursive: true, force: true})
})

/** Render a result to a file and open it from its file:// URL, as a reviewer would. */
async function open(result: CheckFilesResult, name: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const file = path.join(directory, `${name}.html`)
  fs.writeFileSync(file, reportHtml(result.files, result.summary))
  const context = await browser.newContext({viewport: {width: 1400, height: 900}, colorScheme})
  contexts.push(context)
  // Text as a sighted reader sees it: without the screen-reader-only labels
  // (`.sr`) that the page adds to highlights.
  await context.addInitScript(() => {
    (window as unknown as Helpers).visibleText = (element) => {
      const copy = element.cloneNode(true) as Element
      for (const hidden of copy.querySelectorAll('.sr')) hidden.remove()
      return copy.textContent ?? ''
    }
  })
  const page = await context.newPage()
  await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
  return page
}

interface Helpers {
  visibleText(element: Element): string
}
declare const visibleText: Helpers['visibleText']

const rulesOf = (result: CheckFilesResult, index: number): string[] => [...new Set(result.files[index]!.messages.map((message) => message.ruleId))].sort()

describe('the review page in Chromium', {timeout: TIMEOUT}, () => {
  it('draws the findings the page is meant to show (the inputs of the checks below)', () => {
    expect(rulesOf(variants, at('crafted'))).toEqual(['mixed-script', 'number-parity', 'required-term', 'spelling', 'untranslated'])
    expect(rulesOf(variants, at('missing-item'))).toContain('list-count')
    expect(rulesOf(variants, at('missing-last-item'))).toContain('list-count')
    expect(rulesOf(variants, at('dropped-paragraph'))).toContain('paragraph-count')
    expect(variants.files[at('arabic')]!.language).toBe('ar')
    // A careful translation: only notes that Arabic has no dictionary.
    expect(variants.files[at('arabic')]!.messages.filter((message) => message.severity !== 'info')).toEqual([])
    for (const file of [...seeds.files, ...variants.files]) expect(file.review, file.path).toBeDefined()
  })

  it('shows the source on the left and the translation on the right, one row per unit', async () => {
    const page = await open(seeds, 'seeds')
    const table = await page.evaluate(() => {
      const review = document.querySelector('#file-2 table.review')!
      return {
        heads: [...review.querySelectorAll('thead th')].map((cell) => cell.textContent!.trim()),
        rows: [...review.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => {
          const box = cell.getBoundingClientRect()
          return {classes: [...cell.classList], lang: cell.getAttribute('lang'), direction: getComputedStyle(cell).direction, left: box.left, right: box.right, width: box.width, text: visibleText(cell)}
        }))
      }
    })
    expect(table.heads).toHaveLength(2)
    expect(table.heads[0]).toMatch(/^Source fixtures\/iwca\/en\.txt/)
    expect(table.heads[1]).toMatch(/^Translation fixtures\/iwca\/ca\.txt/)
    // Three paragraphs and eight commitments, in both texts.
    expect(table.rows).toHaveLength(11)
    for (const [left, right] of table.rows.map((cells) => {
      expect(cells).toHaveLength(2)
      return cells
    })) {
      expect(left).toMatchObject({classes: ['source'], lang: 'en', direction: 'ltr'})
      expect(right).toMatchObject({classes: ['target'], lang: 'ca', direction: 'ltr'})
      // Side by side, in two halves of the width.
      expect(left!.right).toBeLessThanOrEqual(right!.left + 1)
      expect(Math.abs(left!.width - right!.width)).toBeLessThan(2)
      expect(left!.width).toBeGreaterThan(500)
    }
    expect(table.rows[0]![0]!.text).toContain('The International Writing Centers Association (IWCA), a National Council')
    expect(table.rows[0]![1]!.text).toContain("L'Associació Internacional de Centres d'Escriptura (IWCA)")
    expect(table.rows[3]![0]!.text).toContain('Supporting social justice, empowerment')
    expect(table.rows[3]![1]!.text).toContain('Donar suport a la justícia social')
    expect(table.rows[10]![1]!.text).toContain('Escoltar i relacionar-nos amb els nostres membres')
  })

  it.each([
    {name: 'missing-item', source: 'Providing support to underrepresented tutors and institutions globally.', before: 'Prioritizing emerging, transformative pedagogies', after: 'Promoting effective pedagogical'},
    // The last one: no unit after it to hang the finding on.
    {name: 'missing-last-item', source: 'Listening to and engaging with our members', before: 'Recognizing and engaging with writing centers', after: undefined}
  ] as const)('marks a missing list item with an empty cell beside its source, and puts the list-count finding there ($name)', async (expected) => {
    const section = at(expected.name)
    const page = await open(variants, 'variants')
    const found = await page.evaluate((section) => {
      const rows = [...document.querySelectorAll(`#file-${section} table.review tbody tr`)]
      const index = rows.findIndex((row) => row.classList.contains('link-missing'))
      const row = rows[index]!
      const empty = row.querySelector('td.target')!
      const bare = empty.cloneNode(true) as Element
      for (const marker of bare.querySelectorAll('.badge, .caret-link')) marker.remove()
      const item = document.querySelector(`#file-${section} li.finding[data-rule="list-count"]`)
      const href = item?.querySelector('a')?.getAttribute('href')
      const anchor = href ? document.querySelector(href) : null
      return {
        missingRows: rows.filter((candidate) => candidate.classList.contains('link-missing')).length,
        classes: [...row.classList],
        source: row.querySelector('td.source')?.textContent,
        before: rows[index - 1]?.querySelector('td.source')?.textContent,
        after: rows[index + 1]?.querySelector('td.source')?.textContent,
        emptyClasses: [...empty.classList],
        badge: empty.querySelector('.badge')?.textContent,
        rest: bare.textContent!.trim(),
        hatched: getComputedStyle(empty).backgroundImage,
        // The finding's link leads into the empty cell.
        href,
        inEmptyCell: anchor !== null && anchor.closest('td') === empty
      }
    }, section)
    expect(found.missingRows).toBe(1)
    expect(found.classes).toEqual(expect.arrayContaining(['link-missing', 'kind-item']))
    expect(found.source).toContain(expected.source)
    expect(found.before).toContain(expected.before)
    if (expected.after) expect(found.after).toContain(expected.after)
    else expect(found.after).toBeUndefined()
    expect(found.emptyClasses).toEqual(['empty', 'target'])
    expect(found.badge).toBe('list item missing in the translation')
    expect(found.rest).toMatch(/^(finding \d+)?$/)
    expect(found.hatched).toContain('repeating-linear-gradient')
    expect(found.href).toMatch(new RegExp(`^#m-${section}-\\d+$`))
    expect(found.classes, 'the missing item\'s row holds its finding').toContain('has-findings')
    expect(found.inEmptyCell, `the list-count finding (${found.href}) should be anchored in the empty cell of the missing item`).toBe(true)
  })

  it('highlights every finding where it is, and every link of the findings list leads to it', async () => {
    const covered = new Map<string, Set<string>>()
    for (const [result, name] of [[seeds, 'seeds'], [variants, 'variants']] as const) {
      const page = await open(result, name)
      const entries = await page.evaluate(() => [...document.querySelectorAll('li.finding')].map((item) => {
        const href = item.querySelector('a[href^="#m-"]')?.getAttribute('href') ?? null
        const anchor = href ? document.getElementById(href.slice(1)) : null
        // A finding on the same words as another is anchored just before their mark.
        const target = anchor?.classList.contains('anchor') ? anchor.nextElementSibling : anchor
        // The colour a reader sees there: the target's, or that of the highlight around it.
        let background = 'rgba(0, 0, 0, 0)'
        for (let element = target; element && background === 'rgba(0, 0, 0, 0)'; element = element.parentElement?.closest('mark') ?? null) background = getComputedStyle(element).backgroundColor
        return {
          section: item.closest('section')!.id,
          rule: item.getAttribute('data-rule')!,
          actual: item.querySelector('.actual q')?.textContent ?? null,
          href,
          target: target && {
            tag: target.tagName.toLowerCase(),
            classes: [...target.classList],
            rules: (target.getAttribute('data-rule') ?? '').split(' '),
            section: target.closest('section')?.id,
            cell: target.closest('td')?.getAttribute('class') ?? null,
            background,
            text: visibleText(target)
          }
        }
      }))
      expect(entries.length).toBe(result.summary.errors + result.summary.warnings + result.summary.infos)
      const broken = entries.filter((entry) => !entry.href || !entry.target).map((entry) => `${entry.section} ${entry.rule} ${entry.href ?? '(no link)'}`)
      expect(broken, `${name}: findings whose link leads nowhere`).toEqual([])
      for (const entry of entries) {
        const target = entry.target!
        const where = `${name} ${entry.href} (${entry.rule})`
        expect(target.section, where).toBe(entry.section)
        expect(target.rules, where).toContain(entry.rule)
        if (target.tag === 'mark') {
          // In the translation's column, coloured by severity.
          expect(target.cell, where).toBe('target')
          expect(target.background, where).not.toBe('rgba(0, 0, 0, 0)')
          // The anchored piece is where the finding's text starts.
          if (entry.actual && !target.classes.includes('caret')) expect(entry.actual.startsWith(target.text) && target.text.length > 0, `${where}: ${JSON.stringify(target.text)} starts ${JSON.stringify(entry.actual)}`).toBe(true)
        } else {
          // A unit missing in the translation: a link in its empty cell.
          expect(target, where).toMatchObject({tag: 'a', cell: 'empty target'})
          expect(target.classes, where).toContain('caret-link')
        }
        const kind = target.tag === 'mark' ? (target.classes.includes('caret') ? 'caret' : 'mark') : 'empty cell'
        covered.set(entry.rule, (covered.get(entry.rule) ?? new Set()).add(kind))
      }
    }
    const kinds = Object.fromEntries([...covered].map(([rule, places]) => [rule, [...places].sort()]))
    // Spans of text are marks; a term missing at a place is a caret mark.
    for (const rule of ['untranslated', 'spelling', 'number-parity', 'mixed-script']) expect(kinds[rule], rule).toContain('mark')
    expect(kinds['required-term']).toEqual(expect.arrayContaining([expect.stringMatching(/^(mark|caret)$/)]))
    expect(kinds['list-count']).toEqual(['empty cell'])
    expect(kinds['paragraph-count']).toEqual(['empty cell'])
  })

  it('lays an Arabic translation out right to left, beside its left-to-right source', async () => {
    const page = await open(variants, 'variants')
    const layout = await page.evaluate((section) => {
      const rows = [...document.querySelectorAll(`#file-${section} table.review tbody tr`)]
      const item = rows.find((row) => row.classList.contains('kind-item'))!
      const side = (cell: Element): {lang: string | null; direction: string; bullet: {left: number; right: number}; box: {left: number; right: number}} => {
        const bullet = cell.querySelector('.bullet')!.getBoundingClientRect()
        const box = cell.getBoundingClientRect()
        return {lang: cell.getAttribute('lang'), direction: getComputedStyle(cell).direction, bullet: {left: bullet.left, right: bullet.right}, box: {left: box.left, right: box.right}}
      }
      return {
        rows: rows.length,
        directions: rows.map((row) => getComputedStyle(row.querySelector('td.target')!).direction),
        source: side(item.querySelector('td.source')!),
        target: side(item.querySelector('td.target')!),
        text: rows[0]!.querySelector('td.target')!.textContent
      }
    }, at('arabic'))
    expect(layout.rows).toBe(11)
    expect(layout.directions).toEqual(Array(11).fill('rtl'))
    expect(layout.target).toMatchObject({lang: 'ar', direction: 'rtl'})
    expect(layout.source).toMatchObject({lang: 'en', direction: 'ltr'})
    expect(layout.text).toContain('الرابطة الدولية لمراكز الكتابة (IWCA)')
    // A list item's bullet starts the line: at the right edge in Arabic, the left in English.
    expect(layout.target.box.right - layout.target.bullet.right).toBeLessThan(20)
    expect(layout.target.bullet.left - layout.target.box.left).toBeGreaterThan(100)
    expect(layout.source.bullet.left - layout.source.box.left).toBeLessThan(20)
  })

  it('hides the findings of an unchecked rule or severity, and brings them back', async () => {
    const page = await open(variants, 'variants')
    const state = (): Promise<Array<{rule: string; severity: string; shown: boolean}>> => page.evaluate(() => [...document.querySelectorAll('#file-0 li.finding')].map((item) => ({
      rule: item.getAttribute('data-rule')!,
      severity: item.getAttribute('data-severity')!,
      shown: getComputedStyle(item).display !== 'none'
    })))
    // Each highlight of a spelling finding: the rules it and the marks around it show, and whether it is still coloured.
    const spelling = (): Promise<Array<{rules: string[]; coloured: boolean}>> => page.evaluate(() => [...document.querySelectorAll('#file-0 mark[data-rule~="spelling"]')].map((mark) => {
      const rules: string[] = []
      let coloured = false
      for (let element: Element | null = mark; element; element = element.parentElement?.closest('mark') ?? null) {
        rules.push(...element.getAttribute('data-rule')!.split(' '))
        coloured ||= getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)'
      }
      return {rules: [...new Set(rules)].sort(), coloured}
    }))

    expect((await state()).every((item) => item.shown)).toBe(true)
    await page.locator('input[name=rule][value=spelling]').uncheck()
    const noSpelling = await state()
    expect(noSpelling.filter((item) => item.rule === 'spelling').map((item) => item.shown)).toEqual([false, false])
    expect(noSpelling.filter((item) => item.rule !== 'spelling').every((item) => item.shown)).toBe(true)
    // The highlight goes too, unless a shown finding of another rule shares the text.
    const highlights = await spelling()
    expect(highlights).toContainEqual({rules: ['spelling'], coloured: false})
    expect(highlights).toContainEqual({rules: ['mixed-script', 'spelling'], coloured: true})
    for (const highlight of highlights) expect(highlight.coloured).toBe(highlight.rules.length > 1)

    await page.locator('input[name=rule][value=spelling]').check()
    await page.locator('input[name=severity][value=warning]').uncheck()
    const noWarnings = await state()
    expect(noWarnings.filter((item) => item.severity === 'warning')).toHaveLength(2)
    expect(noWarnings.every((item) => item.shown === (item.severity !== 'warning'))).toBe(true)

    await page.locator('input[name=severity][value=warning]').check()
    expect((await state()).every((item) => item.shown)).toBe(true)
  })

  it('moves the focus from finding to finding with j and k, skipping filtered ones', async () => {
    const page = await open(variants, 'variants')
    const focused = (): Promise<{id: string; tag: string; text: string}> => page.evaluate(() => {
      const element = document.activeElement!
      return {id: element.id, tag: element.tagName.toLowerCase(), text: visibleText(element)}
    })
    await page.keyboard.press('j')
    expect(await focused()).toEqual({id: 'm-0-1', tag: 'mark', text: 'a'})
    await page.keyboard.press('j')
    expect(await focused()).toEqual({id: 'm-0-2', tag: 'mark', text: '1938'})
    await page.keyboard.press('k')
    expect((await focused()).id).toBe('m-0-1')

    const other = await open(variants, 'variants')
    await other.locator('input[name=rule][value=untranslated]').uncheck()
    // A checkbox takes no letters: the keys work with the focus still on it.
    expect(await other.evaluate(() => document.activeElement!.tagName)).toBe('INPUT')
    await other.keyboard.press('j')
    // The first finding is an `untranslated` one: now the number comes first.
    expect(await other.evaluate(() => document.activeElement!.id)).toBe('m-0-2')
  })

  it('shows a hostile translation as text: no script runs, no element is injected', async () => {
    const page = await open(variants, 'variants')
    // Give an injected image the time to fail and run its handler.
    await page.waitForTimeout(200)
    const found = await page.evaluate((section) => {
      const cell = [...document.querySelectorAll(`#file-${section} table.review td.target`)].find((candidate) => candidate.textContent!.includes('Per tant, IWCA'))!
      return {
        pwned: (window as unknown as {__pwned?: number}).__pwned,
        images: document.querySelectorAll('img').length,
        bold: document.querySelectorAll('b').length,
        scripts: document.scripts.length,
        tables: document.querySelectorAll(`#file-${section} table.review`).length,
        rows: document.querySelectorAll(`#file-${section} table.review tbody tr`).length,
        // Every file still has its own section, in order, in the page's main.
        sections: [...document.querySelectorAll('main > section.file')].map((element) => element.id),
        text: visibleText(cell)
      }
    }, at('hostile'))
    expect(found.pwned).toBeUndefined()
    expect(found.images).toBe(0)
    expect(found.bold).toBe(0)
    expect(found.scripts).toBe(1)
    expect(found.tables).toBe(1)
    expect(found.rows).toBe(11)
    expect(found.sections).toEqual(VARIANTS.map((_, index) => `file-${index}`))
    for (const literal of HOSTILE) expect(found.text).toContain(literal)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core's WCAG 2.1 A and AA checks (${colorScheme} colour scheme)`, async () => {
      for (const [result, name] of [[seeds, 'seeds'], [variants, 'variants']] as const) {
        const page = await open(result, name, colorScheme)
        await page.addScriptTag({content: axe.source})
        const violations = await page.evaluate(async () => {
          const run = await (window as unknown as {axe: typeof axe}).axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
          return run.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            nodes: violation.nodes.length,
            targets: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`)
          }))
        })
        const report = violations.map((violation) => `${violation.id} (${violation.impact}, ${violation.nodes} elements): ${violation.help}\n  ${violation.targets.join('\n  ')}`).join('\n')
        expect(violations, `${name} page, ${colorScheme}:\n${report}`).toEqual([])
      }
    })
  }
})
