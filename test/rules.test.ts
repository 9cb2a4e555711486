import {describe, it, expect} from 'vitest'
import {check, rules} from '../src/index.js'
import {brief, textAt} from './helpers.js'
import {EXAMPLE_HISTORY} from '../src/lint/rule.js'

// Every rule's examples are its docs and its tests: the exact messages,
// positions included, must come out.
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const examples = rule.examples
  it.each(examples.map((example) => [example.title, example] as const))('%s', async (_, example) => {
    const result = await check({
      ...(example.source === undefined ? {} : {source: example.source}),
      translation: example.translation,
      lang: example.lang,
      ...(example.format ? {format: example.format} : {}),
      ...(example.previousSource === undefined ? {} : {history: {...EXAMPLE_HISTORY, previousText: example.previousSource}})
    })
    const own = result.messages.filter((message) => message.ruleId === id)
    expect(own.map(brief)).toEqual(example.messages)
    // Other rules stay quiet on a rule's examples, so each example shows one thing.
    const others = result.messages.filter((message) => message.ruleId !== id && message.severity === 'error')
    expect(others.map((message) => `${message.ruleId} ${brief(message)}`)).toEqual([])
    for (const message of result.messages) {
      expect(message.source).toBe('translint')
      expect(message.url).toContain(`rules/${message.ruleId}.md`)
      expect(message.fatal).toBe(message.severity === 'error' ? true : message.severity === 'warning' ? false : null)
      if (message.actual !== undefined) expect(textAt(example.translation, message)).toBe(message.actual)
    }
  })
})

describe('rules', () => {
  it('have unique ids that are their file names', async () => {
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      const module = (await import(`../rules/${id}.ts`)) as {default: {id: string}}
      expect(module.default.id).toBe(id)
    }
  })
  it('each have at least one valid and one invalid example', () => {
    for (const rule of rules) {
      expect(rule.examples.some((example) => example.messages.length === 0), rule.id).toBe(true)
      expect(rule.examples.some((example) => example.messages.length > 0), rule.id).toBe(true)
    }
  })
})

describe('engine messages', () => {
  it('are not rules, and each links to a page of this repository that exists', async () => {
    const {ENGINE_MESSAGES} = await import('../src/lint/engine-messages.js')
    const {REPOSITORY} = await import('../src/package.js')
    const fs = await import('node:fs')
    for (const engine of ENGINE_MESSAGES) {
      expect(rules.some((rule) => rule.id === engine.id), engine.id).toBe(false)
      expect(engine.url.startsWith(`${REPOSITORY}/blob/main/`), engine.url).toBe(true)
      const [file, anchor] = engine.url.slice(`${REPOSITORY}/blob/main/`.length).split('#')
      const page = fs.readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
      if (anchor) expect(page.toLowerCase(), engine.url).toMatch(new RegExp(`^#+ ${anchor.replace(/-/g, '[ -]')}`, 'm'))
    }
  })
})
