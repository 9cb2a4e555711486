/**
 * Generate `rules/<rule-id>.md` from each rule's own file: its doc comment
 * (what and why), its metadata and options schema, and its examples (which
 * the test suite also runs). Docs and tests move together. A rule whose file
 * exports `detectors` (parts of the rule in modules of their own) lists them
 * instead of its examples: each module's doc comment, then its examples.
 *
 *     npm run docs            write the docs
 *     npm run docs -- --check fail when a doc is out of date
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {z} from 'zod'
import {rules} from '../rules/index.js'
import {EXAMPLE_HISTORY, type Example, type Rule} from '../src/lint/rule.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** A part of a rule in a module of its own: its path from rules/ and its examples. */
interface Detector {
  file: string
  examples: Example[]
}

/** The detectors of each rule whose file exports them, in their order. */
const detectorsOf = new Map<string, Detector[]>()
for (const rule of rules) {
  const module = (await import(`../rules/${rule.id}.ts`)) as {detectors?: Detector[]}
  if (module.detectors) detectorsOf.set(rule.id, module.detectors)
}

/** The first `/** … *\/` comment that precedes `export default` or `const options`. */
export function ruleComment(file: string): string {
  const text = fs.readFileSync(file, 'utf8')
  return commentText(/\/\*\*([\s\S]*?)\*\/\s*\n(?:export default|const options)/.exec(text)?.[1])
}

/** The `/** … *\/` comment that opens a module. */
function moduleComment(file: string): string {
  return commentText(/^\/\*\*([\s\S]*?)\*\//.exec(fs.readFileSync(file, 'utf8'))?.[1])
}

function commentText(comment: string | undefined): string {
  if (comment === undefined) return ''
  return comment
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim()
}

function fence(text: string, language = 'text'): string {
  return [`\`\`\`${language}`, text.replace(/\n$/, ''), '```'].join('\n')
}

function optionsTable(rule: Rule<any>): string {
  if (!rule.options) return 'None.'
  const schema = z.toJSONSchema(rule.options as z.ZodType, {io: 'input'}) as {properties?: Record<string, {type?: string; default?: unknown; description?: string}>}
  const rows = Object.entries(schema.properties ?? {}).map(([name, property]) =>
    `| \`${name}\` | ${property.type ?? ''} | ${property.default === undefined ? '' : `\`${JSON.stringify(property.default)}\``} | ${property.description ?? ''} |`)
  return ['| Option | Type | Default | Meaning |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

export function renderRuleDoc(rule: Rule<any>): string {
  const comment = ruleComment(path.join(root, 'rules', `${rule.id}.ts`))
  const lines: string[] = [
    `<!-- Generated from rules/${rule.id}.ts by \`npm run docs\`: edit the rule, not this file. -->`,
    '',
    `# \`${rule.id}\``,
    '',
    rule.description,
    '',
    '| | |',
    '| --- | --- |',
    `| Default severity | \`${rule.defaultSeverity}\` |`,
    `| Needs a source document | ${rule.needsSource ? 'yes' : 'no'} |`,
    ...(rule.after?.length ? [`| Runs after | ${rule.after.map((id) => `[\`${id}\`](./${id}.md)`).join(', ')} (reads their reports) |`] : []),
    `| Code | [\`rules/${rule.id}.ts\`](./${rule.id}.ts) |`,
    `| Fixtures | [\`fixtures/iwca/broken/${rule.id}--*\`](../fixtures/iwca/broken/) |`,
    '',
    '## What and why',
    '',
    comment,
    '',
    '## Options',
    '',
    optionsTable(rule),
    '',
    'Set the severity, and options where the rule has them, in `translint.config.json`:',
    '',
    '```json',
    rule.options
      ? `{"rules": {"${rule.id}": ["${rule.defaultSeverity}", ${JSON.stringify(rule.options.parse({}))}]}}`
      : `{"rules": {"${rule.id}": "${rule.defaultSeverity === 'error' ? 'warning' : 'error'}"}}`,
    '```',
    ''
  ]
  const detectors = detectorsOf.get(rule.id)
  if (detectors) {
    lines.push('## Detectors', '', 'Run in this order, each in a module of its own.', '')
    for (const detector of detectors) {
      lines.push(`### [\`rules/${detector.file}\`](./${detector.file})`, '', moduleComment(path.join(root, 'rules', detector.file)), '')
      lines.push(...renderExamples(detector.examples, '####'))
    }
  } else {
    lines.push('## Examples', '')
    lines.push(...renderExamples(rule.examples, '###'))
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function renderExamples(list: Example[], heading: string): string[] {
  const lines: string[] = []
  for (const example of list) {
    lines.push(`${heading} ${example.title} (${example.messages.length === 0 ? 'correct' : 'reported'})`, '')
    const language = example.format === 'markdown' ? 'markdown' : 'text'
    if (example.previousSource !== undefined) lines.push(`Source (\`en\`) when the translation was last updated (commit \`${EXAMPLE_HISTORY.base.slice(0, 7)}\`):`, '', fence(example.previousSource, language), '')
    if (example.source !== undefined) lines.push(example.previousSource === undefined ? 'Source (`en`):' : `Source (\`en\`) now (commit \`${EXAMPLE_HISTORY.head.slice(0, 7)}\`):`, '', fence(example.source, language), '')
    lines.push(`Translation (\`${example.lang}\`):`, '', fence(example.translation, language), '')
    if (example.messages.length === 0) lines.push('No messages.', '')
    else lines.push('Messages (`line:column: reason`):', '', fence(example.messages.join('\n')), '')
  }
  return lines
}

export function docPath(rule: Rule<any>): string {
  return path.join(root, 'rules', `${rule.id}.md`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const checkOnly = process.argv.includes('--check')
  let stale = 0
  for (const rule of rules) {
    const expected = renderRuleDoc(rule)
    const file = docPath(rule)
    const actual = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
    if (actual === expected) continue
    stale++
    if (checkOnly) console.error(`out of date: ${path.relative(root, file)}`)
    else fs.writeFileSync(file, expected)
  }
  if (checkOnly && stale > 0) process.exitCode = 1
  else console.log(checkOnly ? 'rule docs are up to date' : `wrote ${stale} rule doc(s)`)
}
