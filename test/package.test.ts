/**
 * src/package.ts carries what the bundles need from package.json; the
 * repository's address is written nowhere else.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VERSION, REPOSITORY} from '../src/package.js'

const root = path.join(import.meta.dirname, '..')
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8')
const pkg = JSON.parse(read('package.json')) as {version: string; repository: {type: string; url: string}}

describe('package', () => {
  it('VERSION is package.json\'s version', () => {
    expect(VERSION).toBe(pkg.version)
  })

  it('REPOSITORY is package.json\'s repository, as a web address', () => {
    expect(pkg.repository.type).toBe('git')
    expect(REPOSITORY).toBe(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''))
  })

  it('the code writes the address only in src/package.ts', () => {
    const host = new URL(REPOSITORY).host
    const files = ['src', 'rules', 'scripts'].flatMap((dir) =>
      fs.readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'}).filter((file) => /\.(ts|mjs)$/.test(file)).map((file) => `${dir}/${file.split(path.sep).join('/')}`))
    expect(files.filter((file) => file !== 'src/package.ts' && read(file).includes(`${host}${new URL(REPOSITORY).pathname}`))).toEqual([])
  })

  it('the docs link into the same repository', () => {
    const own = new URL(REPOSITORY).pathname.slice(1)
    for (const file of ['README.md', 'schema.json', 'action.yml', ...fs.readdirSync(path.join(root, 'docs')).map((name) => `docs/${name}`)]) {
      const text = read(file)
      // Links to a repository's files, and `uses: owner/name@ref` in workflows.
      for (const [, repo] of text.matchAll(/https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/(?:blob|tree)\//g)) expect(repo, file).toBe(own)
      for (const [, repo] of text.matchAll(/uses: ([\w.-]+\/[\w.-]+)@/g)) if (!repo!.startsWith('actions/')) expect(repo, file).toBe(own)
    }
  })
})
