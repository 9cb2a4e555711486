import fs from 'node:fs'
import os from 'node:os'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import {checkFiles} from '../src/index.js'
import {SuggestionHelper, suggestWorkerFile} from '../src/dictionaries/helper.js'
import {sharedDictionaries} from '../src/dictionaries/index.js'
import {resolveLanguage} from '../src/language/index.js'
import {iwca, root, SEEDS} from './helpers.js'

const tagalog = resolveLanguage('tl')
const words = ['iskolarsip', 'retorika', 'modalidad', 'pagpapadali', 'nababaluktot', 'Pinapadali', 'etikal']

describe('suggestions in a helper thread', () => {
  it('finds its worker', () => {
    expect(suggestWorkerFile()).toMatch(/suggest-worker\.js$/)
  })

  it('answers as this thread would, whichever thread computes a word', async () => {
    const speller = (await sharedDictionaries().speller(tagalog))!
    const helper = new SuggestionHelper(suggestWorkerFile()!, {}, root)
    const here: string[] = []
    try {
      // While the helper starts, this thread computes even the word sent to it.
      expect(await helper.suggest(tagalog, 'pagsluat', () => speller.suggest('pagsluat'))).toEqual(speller.suggest('pagsluat'))
      for (let waited = 0; !helper.answering && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20))
      expect(helper.answering).toBe(true)
      const answers = await Promise.all(words.map((word) => helper.suggest(tagalog, word, () => {
        here.push(word)
        return speller.suggest(word)
      })))
      expect(answers).toEqual(words.map((word) => speller.suggest(word)))
      // The helper took the oldest word at least; this thread the newest.
      expect(here.length).toBeGreaterThan(0)
      expect(here).not.toContain(words[0])
    } finally {
      await helper.close()
    }
  })

  it('computes everything here when the helper cannot start', async () => {
    const speller = (await sharedDictionaries().speller(tagalog))!
    const helper = new SuggestionHelper(path.join(os.tmpdir(), 'no-such-suggest-worker.js'), {}, root)
    try {
      const answers = await Promise.all(words.map((word) => helper.suggest(tagalog, word, () => speller.suggest(word))))
      expect(answers).toEqual(words.map((word) => speller.suggest(word)))
    } finally {
      await helper.close()
    }
  })

  it('lets the command end settled after the helper answers late (first runs, no images)', () => {
    // The helper can answer a word this thread already took while it
    // started; that answer once came during close, unreferenced the worker
    // and left the command's top-level await unsettled (exit code 13, in
    // about one first run of six).
    const seeds = path.join(root, 'fixtures', 'iwca')
    for (let run = 0; run < 8; run++) {
      const result = spawnSync(process.execPath, [path.join(root, 'bin', 'translint.js'), '--format', 'json', '--source', path.join(seeds, 'en.txt'), path.join(seeds, 'tl.txt'), path.join(seeds, 'sr.txt')], {
        cwd: root,
        encoding: 'utf8',
        env: {...process.env, TRANSLINT_DICTIONARY_CACHE: fs.mkdtempSync(path.join(os.tmpdir(), 'translint-helper-'))}
      })
      expect(result.status).toBe(1)
      expect(JSON.parse(result.stdout)).toHaveLength(2)
    }
  }, 120_000)

  it('gives the same report as one file at a time in one thread', async () => {
    const seeds = SEEDS.map((tag) => path.join(iwca, `${tag}.txt`))
    const options = {cwd: root, source: path.join(iwca, 'en.txt'), config: {}}
    // Two threads allowed, four files: checked here, suggestions in the helper.
    const together = await checkFiles(seeds, {...options, concurrency: 2})
    const alone = await checkFiles(seeds, {...options, concurrency: 1})
    expect(together).toEqual(alone)
    // Alone, a file has no other translations to weigh its English words
    // by (untranslated, spelling); everything else is the same.
    const others = (messages: Array<{ruleId: string}>) => messages.filter((message) => message.ruleId !== 'untranslated' && message.ruleId !== 'spelling')
    for (const [index, seed] of seeds.entries()) {
      const single = await checkFiles([seed], options)
      expect(others(together.files[index]!.messages)).toEqual(others(single.files[0]!.messages))
      expect(together.files[index]!.path).toBe(single.files[0]!.path)
    }
    expect(together.files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'spelling' && message.expected!.length > 0).length).toBeGreaterThan(5)
  }, 120_000)
})
