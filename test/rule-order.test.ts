/**
 * Rules that read other rules' reports declare them (`after`): the engine
 * runs those first, whatever the order of the list, and refuses to hand a
 * rule the reports of a rule it did not declare.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkFiles, rules, defineRule, UsageError, type Rule} from '../src/index.js'
import {ruleOrder} from '../src/lint/engine.js'
import {iwca} from './helpers.js'

const fake = (id: string, after?: string[]): Rule<any> => defineRule({id, description: id, defaultSeverity: 'error', examples: [], ...(after ? {after} : {}), check() {}})

describe('rule order', () => {
  it('keeps the list order, but runs a rule after the ones it names', () => {
    const [a, b, c] = [fake('a', ['c']), fake('b'), fake('c')]
    expect(ruleOrder([a, b, c]).map((rule) => rule.id)).toEqual(['c', 'a', 'b'])
    expect(ruleOrder([b, c, a]).map((rule) => rule.id)).toEqual(['b', 'c', 'a'])
  })

  it('ignores a dependency that is not in the run', () => {
    expect(ruleOrder([fake('a', ['missing']), fake('b')]).map((rule) => rule.id)).toEqual(['a', 'b'])
  })

  it('names a cycle', async () => {
    const cycle = [fake('a', ['b']), fake('b', ['c']), fake('c', ['a'])]
    expect(() => ruleOrder(cycle)).toThrow('Rules depend on each other in a cycle: `a` → `b` → `c` → `a`')
    // checkFiles refuses the run before reading anything.
    await expect(checkFiles([path.join(iwca, 'ca.txt')], {config: {}, rules: cycle})).rejects.toThrow(new UsageError('Rules depend on each other in a cycle: `a` → `b` → `c` → `a`'))
  })

  it('spelling runs after untranslated: the same report from the rules in any order', async () => {
    // English in a Catalan text without a source: untranslated reports the
    // sentence, and spelling leaves its words alone.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-order-'))
    const file = path.join(dir, 'mission.ca.txt')
    fs.writeFileSync(file, 'Els centres d’escriptura ajuden els estudiants a escriure millor.\n\nWe strongly believe that every tutor deserves thoughtful feedback.\n')
    const forward = await checkFiles([file], {config: {}, concurrency: 1})
    const backward = await checkFiles([file], {config: {}, concurrency: 1, rules: [...rules].reverse()})
    expect(forward.files[0]!.messages.map((message) => message.ruleId)).toEqual(['untranslated'])
    expect(backward.files).toEqual(forward.files)
  })

  it('a rule that reads undeclared reports fails on the file, with a message that says why', async () => {
    const nosy = defineRule({id: 'nosy', description: 'nosy', defaultSeverity: 'error', examples: [], check(context) {
      context.reportedBy('untranslated')
    }})
    const result = await checkFiles([path.join(iwca, 'ca.txt')], {source: path.join(iwca, 'en.txt'), config: {}, concurrency: 1, rules: [...rules, nosy]})
    expect(result.files[0]!.messages.filter((message) => message.ruleId === 'nosy').map((message) => message.reason))
      .toEqual(['Rule `nosy` failed on this file: `nosy` reads the reports of `untranslated` without declaring it in `after`'])
  })
})
