import {describe, it, expect} from 'vitest'
import fc from 'fast-check'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {markdownTree} from '../src/document/markdown.js'
import {read} from './helpers.js'

/** What translint parsed with before: remark with front matter and all of GFM. */
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/** Pieces that start (or nearly start) every GFM construct, and plain Markdown around them. */
const PIECES = [
  'text', 'Le texte', ' ', '\n', '\n\n', '\t', '# Titre', '## h', '- ', '* ', '1. ', '> ', '    code', '```\ncode\n```',
  '`c`', '*e*', '**s**', '_u_', '[l](../x.md)', '[l][r]', '[r]: /u', '<http://a.b>', '<a@b.c>', '&amp;', '\\*',
  'www.example.com', 'WWW.EXAMPLE.COM', 'www', 'http://a.b/c', 'https://a.b', 'HTTPS://A.B', 'http:', 'ftp://a.b', 'mailto:a@b.c',
  'a@b.c', 'user@example.org', '@', 'xmpp:a@b.c',
  '[^1]', '[^1]: note', '[^note]', '[^', '^', '[', ']',
  '~', '~~', '~~gone~~', '~one~',
  '|', '| a | b |', '|---|---|', 'a | b', '--- | ---', ':-:', '-', '---', '===', '| - |',
  '[ ]', '[x]', '[X]', '- [ ] todo', '- [x] done', '* [X] Done', '[\t]', '1. [ ] one',
  '---\ntitle: x\n---', '+++\ntitle = "x"\n+++', '<div>', '</div>', '<!-- c -->'
]

describe('markdownTree', () => {
  it('builds the same tree as remark with all of GFM (property)', () => {
    const markdown = fc.array(fc.constantFrom(...PIECES), {maxLength: 40}).map((pieces) => pieces.join(''))
    fc.assert(fc.property(markdown, (text) => {
      expect(markdownTree(text)).toEqual(remark.parse(text))
    }), {numRuns: 2000})
  })

  it.each([
    ['a literal address', 'See www.example.com or https://example.com/x, or write to team@example.org.'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |'],
    ['a one-column table', '| a |\n| - |\n| 1 |'],
    ['a one-column table without pipes', 'a\n:-:\nb'],
    ['a one-column table without pipes in a quote', '> a\n> -:'],
    ['strikethrough', 'It is ~~wrong~~ right.'],
    ['a footnote', 'Text[^1].\n\n[^1]: The note.'],
    ['task list items', '- [ ] to do\n- [x] done'],
    ['front matter', '---\ntitle: Page\n---\n\n# Page'],
    ['a README', read('README.md')]
  ])('builds the same tree as remark with all of GFM: %s', (_, text) => {
    expect(markdownTree(text)).toEqual(remark.parse(text))
  })

  it('finds the GFM constructs the text uses', () => {
    const tree = markdownTree('| a |\n| - |\n| b |\n\nSee www.example.com, ~~no~~.\n\n- [x] done\n\nText[^1].\n\n[^1]: Note.')
    const types = new Set<string>()
    const walk = (node: {type: string; children?: unknown[]; checked?: boolean | null}): void => {
      types.add(node.type === 'listItem' && typeof node.checked === 'boolean' ? 'task' : node.type)
      for (const child of node.children ?? []) walk(child as never)
    }
    walk(tree)
    for (const type of ['table', 'link', 'delete', 'task', 'footnoteReference', 'footnoteDefinition']) expect(types).toContain(type)
  })
})
