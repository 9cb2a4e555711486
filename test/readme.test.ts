import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, it, expect} from 'vitest'
import {root} from './helpers.js'

describe('README', () => {
  it('the library example runs and prints what the README says', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Library API'))
    const code = /```js\n([\s\S]*?)```/.exec(section)![1]!
    const printed = /prints\n\n```text\n([\s\S]*?)```/.exec(section)![1]!
    // Inside the package, `import … from 'translint'` resolves to the package itself.
    const file = path.join(root, 'build', 'readme-example.mjs')
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, code)
    const result = spawnSync(process.execPath, [file], {cwd: root, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(printed)
  })
})
