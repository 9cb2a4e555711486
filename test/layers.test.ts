/**
 * The pipeline's layers (docs/architecture.md): a module imports only from
 * its own layer or lower ones, so that file → document → aligned pair →
 * rules → messages → report reads in one direction. Every module of src/
 * and rules/ belongs to a layer: a new directory must be placed here.
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const root = path.join(import.meta.dirname, '..')

/** Lowest first. A path belongs to the first entry it starts with. */
export const LAYERS: ReadonlyArray<{name: string; paths: string[]}> = [
  {name: 'text', paths: ['src/text/', 'src/package.ts', 'src/compiled.ts']},
  {name: 'language and config schema', paths: ['src/language/', 'src/config/']},
  {name: 'dictionaries', paths: ['src/dictionaries/']},
  {name: 'document', paths: ['src/document/']},
  {name: 'compare', paths: ['src/compare/']},
  {name: 'lint', paths: ['src/lint/']},
  {name: 'rules', paths: ['rules/']},
  {name: 'report', paths: ['src/report/']},
  {name: 'run', paths: ['src/run/']},
  {name: 'api', paths: ['src/api.ts', 'src/index.ts', 'src/unified.ts']},
  {name: 'cli and action', paths: ['src/cli/', 'src/action/']}
]

export function layerOf(file: string): number {
  return LAYERS.findIndex((layer) => layer.paths.some((prefix) => prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix))
}

function modules(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${dir}/${file.split(path.sep).join('/')}`)
}

/** The project modules a file imports (static, type-only, re-exports and dynamic `import()`). */
export function importsOf(file: string, text: string): string[] {
  const found: string[] = []
  for (const {fileName} of ts.preProcessFile(text, true, true).importedFiles) {
    if (!fileName.startsWith('.')) continue
    found.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName.replace(/\.js$/, '.ts'))))
  }
  return found
}

/** Imports from a higher layer into a lower one, as `from → to`. */
export function violations(files: ReadonlyMap<string, string>): string[] {
  const wrong: string[] = []
  for (const [file, text] of files) {
    const own = layerOf(file)
    for (const target of importsOf(file, text)) {
      const theirs = layerOf(target)
      if (theirs > own) wrong.push(`${file} (${LAYERS[own]!.name}) imports ${target} (${LAYERS[theirs]!.name})`)
    }
  }
  return wrong
}

describe('layers', () => {
  const files = new Map([...modules('src'), ...modules('rules')].map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')]))

  it('place every module of src/ and rules/ in a layer', () => {
    expect([...files.keys()].filter((file) => layerOf(file) === -1)).toEqual([])
  })

  it('are the ones docs/architecture.md describes, in its order', () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'architecture.md'), 'utf8')
    const rows = doc.split('\n').filter((line) => /^\| [a-z]/.test(line) && line.includes('`'))
    expect(rows.map((row) => [...row.split('|')[2]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]))).toEqual(LAYERS.map((layer) => layer.paths))
  })

  it('never import from a higher layer', () => {
    expect(violations(files)).toEqual([])
  })

  it('catch an import from a higher layer, also type-only, re-exported or dynamic', () => {
    const bad = new Map([
      ['src/document/a.ts', "import {lintText} from '../lint/engine.js'"],
      ['src/compare/b.ts', "import type {Rule} from '../lint/rule.js'"],
      ['src/lint/c.ts', "export {rules} from '../../rules/index.js'"],
      ['rules/d.ts', "const run = await import('../src/run/pool.js')"],
      ['src/lint/e.ts', "import {parse} from '../document/index.js'\nimport {z} from 'zod'"]
    ])
    expect(violations(bad)).toEqual([
      'src/document/a.ts (document) imports src/lint/engine.ts (lint)',
      'src/compare/b.ts (compare) imports src/lint/rule.ts (lint)',
      'src/lint/c.ts (lint) imports rules/index.ts (rules)',
      'rules/d.ts (rules) imports src/run/pool.ts (run)'
    ])
  })
})
