// Format variants of the seed (written by us, see test/fixtures/variants/make-variants.mjs)
// must give the seed's structure: same articles, captions, paragraphs, items, tables and
// appendices, the same ids, the same clause text up to width and white space, and no lost text.
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, test} from 'vitest'
import {decode, ownText, parse, toText} from '../src/parse/index.js'
import type {Document, Node} from '../src/parse/types.js'
import {
  appendicesOf,
  article,
  childrenOfType,
  comparable,
  descendantsOfType,
  idProblems,
  itemsOf,
  mainArticles,
  paragraph,
  paragraphsOf,
  positionProblems,
  readSource,
  walk
} from './helpers/clause-tree.js'

const seedUrl = new URL('../corpus/usen-gate02-secure-mx/2024-10-30.md', import.meta.url)
const variantUrl = (file: string): URL => new URL(`fixtures/variants/${file}`, import.meta.url)

const variants = [
  {file: 'fullwidth.md', what: 'full-width digits and brackets (第１条（…）, ２　…, （１）)'},
  {file: 'statute.txt', what: 'statute style (caption above, 第十二条　…, ２/② paragraphs, 一　items)'},
  {file: 'sjis-crlf.md', what: 'Shift_JIS with CRLF'},
  {file: 'pdf-wrapped.txt', what: 'PDF-like hard wrapping at 40 characters with page footers'}
]

/** What must not change between layouts. */
function structure(tree: Document) {
  return {
    meta: {version: tree.meta.version, issuer: tree.meta.issuer},
    articles: mainArticles(tree).map((a) => ({
      num: a.num,
      caption: a.caption,
      items: paragraphsOf(a).map((p) => itemsOf(p).length)
    })),
    subitems: descendantsOfType(tree, 'subitem').length,
    tables: descendantsOfType(tree, 'table').map((t) => ({
      num: t.num,
      title: t.title === undefined ? undefined : comparable(t.title),
      header: t.header?.map(comparable),
      rows: t.rows.map((row) => row.map(comparable))
    })),
    appendices: appendicesOf(tree).map((a) => ({
      kind: a.kind,
      parts: childrenOfType(a, 'paragraph').map((p) => p.num),
      tables: childrenOfType(a, 'table').length
    })),
    ids: [...walk(tree)].flatMap((n) => (n.type === 'text' ? [] : [n.id]))
  }
}

/** Each clause's own text, keyed by id, comparable across widths and wrapping. */
function clauseTexts(tree: Document): Record<string, string> {
  const out: Record<string, string> = {}
  for (const node of walk(tree)) {
    if (node.type === 'paragraph' || node.type === 'item' || node.type === 'subitem') out[node.id] = comparable(ownText(node))
  }
  return out
}

let seed: {text: string; tree: Document}

beforeAll(() => {
  const {text} = readSource(seedUrl)
  seed = {text, tree: parse(text, {path: 'seed.md'}).tree}
})

for (const variant of variants) {
  describe(`variant ${variant.file}: ${variant.what}`, () => {
    let text: string
    let tree: Document

    beforeAll(() => {
      text = readSource(variantUrl(variant.file)).text
      tree = parse(text, {path: variant.file}).tree
    })

    test('is lossless, with consistent offsets and unique ids', () => {
      expect(toText(tree) === text).toBe(true)
      expect(positionProblems(tree, text)).toEqual([])
      expect(idProblems(tree)).toEqual([])
    })

    test("has the seed's structure: articles, captions, paragraphs, items, tables, appendices, ids", () => {
      const expected = structure(seed.tree)
      const actual = structure(tree)
      expect(actual.articles).toEqual(expected.articles)
      expect(actual.tables).toEqual(expected.tables)
      expect(actual.appendices).toEqual(expected.appendices)
      expect(actual.meta).toEqual(expected.meta)
      expect(actual.subitems).toBe(expected.subitems)
      expect(actual.ids).toEqual(expected.ids)
    })

    test("every paragraph and item holds the seed's text, up to width and white space", () => {
      expect(clauseTexts(tree)).toEqual(clauseTexts(seed.tree))
    })
  })
}

describe('variant specifics', () => {
  test('Shift_JIS: detected and decoded to the seed with CRLF line ends', () => {
    const decoded = decode(new Uint8Array(readFileSync(variantUrl('sjis-crlf.md'))))
    expect(decoded.encoding).toBe('shift_jis')
    expect(decoded.newline).toBe('crlf')
    expect(decoded.text === seed.text.replace(/\n/g, '\r\n')).toBe(true)
  })

  test('statute style: each caption on the line above belongs to its article, brackets and all', () => {
    const text = readSource(variantUrl('statute.txt')).text
    const {tree} = parse(text, {path: 'statute.txt'})
    for (const a of mainArticles(tree)) {
      const captions = childrenOfType(a, 'text').filter((t) => t.role === 'caption')
      expect(captions.map((t) => t.value), `第${a.num}条`).toEqual([`（${a.caption}）`])
      expect(text.slice(a.position.start.offset).startsWith(`（${a.caption}）`), `第${a.num}条 starts at its caption`).toBe(true)
    }
    expect(article(tree, '12').label).toBe('第十二条')
    expect(paragraph(tree, '13', 2).label).toBe('②')
    expect(paragraph(tree, '4', 2).label).toBe('２')
    expect(itemsOf(paragraph(tree, '11', 2)).map((i) => i.marker)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八'])
  })

  test('full-width: labels and markers are kept as written', () => {
    const text = readSource(variantUrl('fullwidth.md')).text
    const {tree} = parse(text, {path: 'fullwidth.md'})
    expect(article(tree, '10').label).toBe('第１０条')
    expect(paragraph(tree, '6', 3).label).toBe('３')
    expect(itemsOf(paragraph(tree, '6', 3)).map((i) => i.marker)).toEqual(['（１）', '（２）', '（３）', '（４）', '（５）', '（６）', '（７）'])
    expect(childrenOfType(appendicesOf(tree)[0], 'paragraph').map((p) => p.label)).toEqual(['１．', '２．'])
  })

  test('PDF-like: a wrapped line beginning `1 日から` stays in 第7条 paragraph 1, and every footer is furniture', () => {
    const text = readSource(variantUrl('pdf-wrapped.txt')).text
    expect(text).toMatch(/\n1 日から本サービスの提供終了日/)
    const {tree} = parse(text, {path: 'pdf-wrapped.txt'})
    expect(paragraphsOf(article(tree, '7')).map((p) => p.label)).toEqual([undefined, '2'])
    expect(comparable(ownText(paragraph(tree, '7', 1)))).toContain('翌月1日から本サービスの提供終了日')
    const footers = text.split('\n').filter((line) => /^(- \d+ -|\d+\/\d+|Page \d+)$/.test(line))
    expect(footers.length).toBeGreaterThanOrEqual(6)
    const furniture = [...walk(tree)].filter((n): n is Extract<Node, {type: 'text'}> => n.type === 'text' && n.role === 'furniture')
    for (const footer of footers) {
      expect(furniture.some((leaf) => leaf.value.trim() === footer), `footer ${footer}`).toBe(true)
    }
  })
})
