/**
 * action.yml, the Action's code and the README's Action section say the
 * same: the inputs run() reads are those action.yml declares and the README
 * tables list, likewise the outputs, and the README's workflows are valid
 * YAML that give the Action only inputs it has.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import YAML from 'yaml'
import {root} from './helpers.js'

const action = YAML.parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {inputs: Record<string, {description: string; default?: string}>; outputs: Record<string, {description: string}>; runs: {main: string}}
const code = fs.readFileSync(path.join(root, 'src', 'action', 'run.ts'), 'utf8')
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('## GitHub Action\n'), readme.indexOf('\n## ', readme.indexOf('## GitHub Action\n') + 1))

/** The first column of the Markdown table whose header starts with `| name |`. */
function column(name: string): string[] {
  const lines = section.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`| ${name} |`))
  expect(start, `a table headed ${name}`).toBeGreaterThan(-1)
  const rows: string[] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(line)
  }
  return rows
}

describe('action.yml', () => {
  it('is valid YAML with a description for every input and output', () => {
    expect(action.runs.main).toBe('dist/index.js')
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) expect(entry.description.length).toBeGreaterThan(10)
  })
  it('declares the inputs the Action reads and the outputs it sets', () => {
    const read = [...code.matchAll(/core\.getInput\('([\w-]+)'\)/g)].map((match) => match[1]!)
    const set = [...code.matchAll(/core\.setOutput\('([\w-]+)'/g)].map((match) => match[1]!)
    expect(new Set(read)).toEqual(new Set(Object.keys(action.inputs)))
    expect(new Set(set)).toEqual(new Set(Object.keys(action.outputs)))
  })
})

describe('the README\'s Action section', () => {
  it('lists every input with its default, and every output', () => {
    const inputs = column('Input')
    expect(inputs.map((row) => /^\| `([\w-]+)` \|/.exec(row)?.[1])).toEqual(Object.keys(action.inputs))
    for (const row of inputs) {
      const [, name, defaults] = /^\| `([\w-]+)` \| ([^|]+) \|/.exec(row)!
      const value = action.inputs[name!]!.default
      if (value) expect(defaults, name).toContain(`\`${value}\``)
    }
    expect(column('Output').map((row) => /^\| `([\w-]+)` \|/.exec(row)?.[1])).toEqual(Object.keys(action.outputs))
  })
  it('has workflows that are valid YAML and give the Action only its inputs', () => {
    const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => YAML.parse(match[1]!) as {jobs: Record<string, {steps: Array<{uses?: string; with?: Record<string, unknown>}>}>})
    expect(workflows.length).toBeGreaterThanOrEqual(2)
    let steps = 0
    for (const workflow of workflows) {
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((entry) => entry.uses?.startsWith('translint/translint@'))) {
          steps++
          for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), key).toContain(key)
        }
      }
    }
    expect(steps).toBe(workflows.length)
  })
  it('shows a pull request workflow that fetches the base commit', () => {
    const workflow = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => YAML.parse(match[1]!)).find((entry) => JSON.stringify(entry).includes('only-changed'))
    expect(workflow.on).toHaveProperty('pull_request')
    const steps = workflow.jobs.translint.steps as Array<{uses: string; with?: Record<string, unknown>}>
    expect(steps.find((step) => step.uses.startsWith('actions/checkout@'))?.with).toMatchObject({'fetch-depth': 0})
    expect(steps.find((step) => step.uses.startsWith('translint/translint@'))?.with).toMatchObject({'only-changed': true, 'filter-mode': 'added', suppressions: expect.any(String)})
  })
})
