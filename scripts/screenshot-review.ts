/**
 * Screenshots of the review page (`--format html`) for the docs, taken with
 * the system's Chromium (see test/browser.ts):
 *
 *     npx tsx scripts/screenshot-review.ts
 *     npx tsx scripts/screenshot-review.ts --corpus ../shared/corpora/the-art-of-command-line
 *
 * The first writes docs/review-iwca.png: the page `npm start -- --format
 * html` makes (the four IWCA seeds against fixtures/iwca/en.txt). With
 * `--corpus <dir>` it also writes docs/review-corpus.png, the page for the
 * directory's `README-<lang>.md` translations of its `README.md` (only the
 * PNG is meant to be committed, never the corpus). Each PNG is two shots of
 * a 1400×900 window, one above the other: the top of the page (overview and
 * filters), then the first file's side-by-side table.
 *
 * It also prints each page's size and how long Chromium takes to load it
 * from a file:// URL (navigation start to the `load` event, median of 3).
 * Pages in Chinese, Japanese or Korean need a font for them (Debian's
 * fonts-wqy-zenhei), else their letters are drawn as boxes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import type {Browser} from 'playwright-core'
import {checkFiles, reportHtml, type CheckFilesOptions} from '../src/index.js'
import {launchChromium} from '../test/browser.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const VIEWPORT = {width: 1400, height: 900}
/** Between the two shots: a rule, so that the page does not seem to go on. */
const GAP = 6

// Only the DOM the page-side callbacks use (the project compiles without
// TypeScript's DOM library).
interface Element {
  getBoundingClientRect(): {top: number; height: number}
}
declare const document: {querySelector(selector: string): Element | null}
declare const window: {scrollY: number; scrollTo(x: number, y: number): void}
/** The browser's `performance` (Node's has no navigation entries). */
type Timing = {getEntriesByType(type: 'navigation'): Array<{loadEventStart: number}>}

async function render(inputs: string[], options: CheckFilesOptions): Promise<string> {
  const started = performance.now()
  const result = await checkFiles(inputs, {...options, review: true})
  console.error(`checked ${result.files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return reportHtml(result.files, result.summary, {...(result.project ? {project: result.project} : {})})
}

/** Milliseconds from navigation start to the `load` event, in `runs` fresh pages, fastest first. */
async function loadTimes(browser: Browser, url: string, runs = 3): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({viewport: VIEWPORT})
    const page = await context.newPage()
    await page.goto(url, {waitUntil: 'load'})
    times.push(await page.evaluate(() => (performance as unknown as Timing).getEntriesByType('navigation')[0]!.loadEventStart))
    await context.close()
  }
  return times.sort((a, b) => a - b)
}

async function screenshot(browser: Browser, html: string, output: string): Promise<void> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-screenshot-'))
  try {
    const file = path.join(directory, 'review.html')
    fs.writeFileSync(file, html)
    const url = pathToFileURL(file).href
    const times = await loadTimes(browser, url)
    console.error(`${path.relative(root, output)}: page of ${Buffer.byteLength(html)} bytes, loaded in ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms (median; ${times.map((time) => time.toFixed(0)).join(', ')} ms)`)

    const context = await browser.newContext({viewport: VIEWPORT, colorScheme: 'light', deviceScaleFactor: 1})
    const page = await context.newPage()
    await page.goto(url, {waitUntil: 'load'})
    const shots = [await page.screenshot()]
    // The first table, just below the filters, which stay at the top.
    const scrolled = await page.evaluate(() => {
      const table = document.querySelector('#file-0 table.review')
      if (!table) return false
      const bar = document.querySelector('form.filters')?.getBoundingClientRect().height ?? 0
      window.scrollTo(0, table.getBoundingClientRect().top + window.scrollY - bar - 8)
      return true
    })
    if (scrolled) shots.push(await page.screenshot())

    // One image: the shots stacked on a page of their exact size.
    const stacked = await context.newPage()
    await stacked.setViewportSize({width: VIEWPORT.width, height: shots.length * VIEWPORT.height + (shots.length - 1) * GAP})
    await stacked.setContent(`<body style="margin:0;background:#888">${shots.map((shot) => `<img style="display:block;margin-bottom:${GAP}px" src="data:image/png;base64,${shot.toString('base64')}">`).join('')}</body>`, {waitUntil: 'load'})
    fs.mkdirSync(path.dirname(output), {recursive: true})
    await stacked.screenshot({path: output})
    await context.close()
    console.error(`${path.relative(root, output)}: ${fs.statSync(output).size} bytes`)
  } finally {
    fs.rmSync(directory, {recursive: true, force: true})
  }
}

async function main(): Promise<void> {
  const {values} = parseArgs({options: {corpus: {type: 'string'}}})
  const iwca = path.join(root, 'fixtures', 'iwca')
  // One page at a time: checking a corpus keeps the cores busy.
  const pages: Array<{output: string; html: () => Promise<string>}> = [{
    output: path.join(root, 'docs', 'review-iwca.png'),
    // As `npm start -- --format html`: the seeds and the source of the IWCA config.
    html: () => render(['sr', 'tl', 'ca', 'af'].map((lang) => path.join(iwca, `${lang}.txt`)), {cwd: root, config: path.join(iwca, 'translint.config.json')})
  }]
  if (values.corpus) {
    const corpus = path.resolve(values.corpus)
    const translations = fs.readdirSync(corpus).filter((name) => /^README-[A-Za-z]{2,3}(-[A-Za-z0-9]+)*\.md$/.test(name)).sort()
    if (!fs.existsSync(path.join(corpus, 'README.md')) || translations.length === 0) throw new Error(`${corpus}: no README.md with README-<lang>.md translations`)
    // Paths relative to the corpus, so that the page names no folder of this machine.
    pages.push({output: path.join(root, 'docs', 'review-corpus.png'), html: () => render(translations, {cwd: corpus, source: 'README.md', config: {}})})
  }
  const browser = await launchChromium()
  try {
    for (const page of pages) await screenshot(browser, await page.html(), page.output)
  } finally {
    await browser.close()
  }
}

await main()
