// The builder's decisions on small documents: what a numbered line is, where a contents
// list ends, which diagnostics a malformed document gets.
import {describe, expect, it} from 'vitest'
import {parse, toText, type Article, type Document, type Node, type Parent} from '../src/parse/index.js'
import {descendantsOfType} from './helpers/clause-tree.js'

const articles = (tree: Document): Article[] => descendantsOfType(tree, 'article')

function shape(article: Article) {
  return article.children
    .filter((c) => c.type === 'paragraph')
    .map((p) => p.children.filter((c) => c.type === 'item').map((i) => ({marker: i.marker, subitems: i.children.filter((c) => c.type === 'subitem').length})))
}

function rules(text: string) {
  return parse(text).file.messages.map((m) => `${m.line}:${m.ruleId}`)
}

describe('numbered lines', () => {
  it('reads 一 / イ / (1) as item, sub-item and sub-sub-item when each is introduced', () => {
    const text = '第一条　次に掲げる者をいう。\n一　次のいずれかに当たる者\nイ　次に掲げる者\n（１）　甲\n（２）　乙\nロ　丙\n二　丁\n２　前項の規定は準用する。\n'
    const {tree} = parse(text)
    const [article] = articles(tree)
    expect(shape(article)).toEqual([[{marker: '一', subitems: 2}, {marker: '二', subitems: 0}], []])
    const first = article.children[1]
    expect(first.type === 'paragraph' && first.children.find((c) => c.type === 'item')?.children.find((c) => c.type === 'subitem')?.children.filter((c) => c.type === 'subitem').length).toBe(2)
    expect(toText(tree)).toBe(text)
  })

  it('takes イ after an item that introduces nothing as a further item, not a sub-item', () => {
    const {tree} = parse('第一条　次の性能を有すること。\n一　普通火災に対する消火性能\nイ　点火すること。\nロ　三分で開始すること。\n二　油火災に対する消火性能\nイ　加熱すること。\n')
    expect(shape(articles(tree)[0])).toEqual([[
      {marker: '一', subitems: 0}, {marker: 'イ', subitems: 0}, {marker: 'ロ', subitems: 0}, {marker: '二', subitems: 0}, {marker: 'イ', subitems: 0}
    ]])
  })

  it('tells ② the paragraph from ② the item by the numbering in force', () => {
    const statute = parse('第一条　甲とする。\n②　前項の規定は乙に準用する。\n')
    expect(articles(statute.tree)[0].children.filter((c) => c.type === 'paragraph').map((p) => p.label)).toEqual([undefined, '②'])
    const terms = parse('第1条（定義）\n当社は次の行為を禁止します。\n① 甲\n② 乙\n')
    expect(shape(articles(terms.tree)[0])).toEqual([[{marker: '①', subitems: 0}, {marker: '②', subitems: 0}]])
  })

  it('keeps a wrapped line that starts with a number in its clause', () => {
    const text = '第1条（料金）\n料金は、提供開始日の翌月\n1 日から発生します。\n2 前項の料金は月額とします。\n'
    const [article] = articles(parse(text).tree)
    expect(article.children.filter((c) => c.type === 'paragraph').map((p) => p.num)).toEqual([1, 2])
  })

  it('reads 三の二 as an item of its own between 三 and 四', () => {
    const [article] = articles(parse('第五条　次の事項を記載する。\n一　甲\n二　乙\n三　丙\n三の二　丁\n四　戊\n').tree)
    expect(shape(article)[0].map((i) => i.marker)).toEqual(['一', '二', '三', '三の二', '四'])
  })
})

describe('headings', () => {
  it('skips a table of contents and keeps the chapters that follow it', () => {
    const text = '目次\n第1章 総則 ……… 1\n第1条（適用） ……… 1\n第2章 雑則 ……… 2\n\n第1章 総則\n第1条（適用）\n本約款を適用します。\n第2章 雑則\n第2条（準拠法）\n日本法とします。\n'
    const {tree} = parse(text)
    expect(tree.children.filter((c) => c.type === 'chapter').map((c) => c.type === 'chapter' && c.title)).toEqual(['総則', '雑則'])
    expect(articles(tree).map((a) => a.num)).toEqual(['1', '2'])
    expect(rules(text)).toEqual([])
  })

  it('reads a run of deleted articles as one article and continues the numbering after it', () => {
    const text = '第十四条　甲\n第十五条から第二十一条まで　削除\n第二十二条　乙\n'
    const found = articles(parse(text).tree)
    expect(found.map((a) => [a.num, a.numEnd, a.deleted])).toEqual([['14', undefined, undefined], ['15', '21', true], ['22', undefined, undefined]])
    expect(rules(text)).toEqual([])
  })

  it('puts the articles of 附則 into the appendix, numbered on their own', () => {
    const {tree} = parse('第一条　甲\n第二条　乙\n附　則\n第一条　この規程は公布の日から施行する。\n')
    expect(articles(tree).map((a) => a.id)).toEqual(['art_1', 'art_2', 'annex_1__art_1'])
  })

  it('reads meta from the front matter in era dates', () => {
    const {tree} = parse('サンプル利用規約\n令和3年3月1日現在\nサンプル株式会社\n第1条（目的）\n本規約は…\n')
    expect(tree.meta).toEqual({title: 'サンプル利用規約', version: '2021-03-01', issuer: 'サンプル株式会社'})
  })
})

describe('diagnostics', () => {
  it('reports a gap, a repeat and a step back in article numbers, on their lines', () => {
    expect(rules('第1条 甲\n第3条 乙\n第3条 丙\n第2条 丁\n')).toEqual(['2:numbering-gap', '3:numbering-duplicate', '4:numbering-order'])
  })

  it('reports a skipped paragraph and a skipped item that start a block', () => {
    expect(rules('第1条（甲）\n\n当社は、次のとおりとします。\n\n(1) 甲\n\n(3) 乙\n\n3 丙とします。\n')).toEqual(['7:numbering-gap', '9:numbering-gap'])
  })

  it('joins a fragment split off by a blank line and says so', () => {
    const text = '第1条（甲）\n当社は、料金を改定することがあり\n\nます。\n'
    const {tree, file} = parse(text)
    const paragraph = articles(tree)[0].children.find((c) => c.type === 'paragraph')
    expect(paragraph && toText(paragraph)).toContain('ます。')
    expect(file.messages.map((m) => [m.line, m.ruleId])).toEqual([[4, 'fragment-joined']])
  })

  it('reports a numbered line before any article and keeps its text', () => {
    const text = '(1) はじめに\n第1条 甲\n'
    expect(rules(text)).toEqual(['1:unplaced-line'])
    expect(toText(parse(text).tree)).toBe(text)
  })

  it('speaks English when asked', () => {
    const {file} = parse('第1条 甲\n第3条 乙\n', {lang: 'en'})
    expect(file.messages[0].reason).toBe('Article numbering skips: Article 3 follows Article 1')
  })
})

describe('unreadable article numbers (kanji and digits mixed)', () => {
  const text = '第1条 甲とする。\n第一9条 乙とする。\n第十1条 丙とする。\n第２十条 丁とする。\n第2条 戊とする。\n'

  it('reports each with numbering-unreadable and gives it a unique, stable id', () => {
    const {tree, file} = parse(text)
    expect(file.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(['2:numbering-unreadable', '3:numbering-unreadable', '4:numbering-unreadable'])
    expect(articles(tree).map((a) => a.id)).toEqual(['art_1', 'art_unreadable_1', 'art_unreadable_2', 'art_unreadable_3', 'art_2'])
    expect(articles(parse(text).tree).map((a) => a.id)).toEqual(articles(tree).map((a) => a.id))
    expect(toText(tree)).toBe(text)
  })

  it('gives no art_undefined when it stands alone, and speaks English when asked', () => {
    const {tree, file} = parse('第一9条 乙とする。\n', {lang: 'en'})
    expect(articles(tree)[0].id).toBe('art_unreadable_1')
    expect(file.messages[0].reason).toBe('Article number 第一9条 cannot be read (it mixes kanji and digits)')
  })
})

describe('deeply nested lists', () => {
  it('gives every level of a nested Markdown list its own node', () => {
    const lines = Array.from({length: 200}, (_, i) => `${'  '.repeat(i)}- 段${i + 1}`)
    const text = `## 第1条 入れ子\n\n次の各号のとおりとします。\n\n${lines.join('\n')}\n`
    const {tree} = parse(text)
    let depth = 0
    let node: Parent = articles(tree)[0]
    for (;;) {
      const next: Node | undefined = (node.children as Node[]).find((c) => c.type === 'paragraph' || c.type === 'item' || c.type === 'subitem')
      if (!next) break
      if (next.type !== 'paragraph') depth++
      node = next as Parent
    }
    expect(depth).toBe(200)
    expect(toText(tree)).toBe(text)
  })

  it('places list markers level by level and says so when one cannot be placed', () => {
    expect(rules('第1条（甲）\n甲は次のとおり\n(2) 乙\n')).toEqual(['3:numbered-as-text'])
    const text = '第1条 次のとおりとします。\n一 甲\nイ 乙\n(1) 丙\n(a) 丁\n(i) 戊\n'
    const {tree, file} = parse(text)
    const placed = articles(tree)[0].children.flatMap((p) => (p.type === 'paragraph' ? [p] : []))
    const markers: string[] = []
    const visit = (n: Node) => {
      if (n.type === 'item' || n.type === 'subitem') markers.push(n.marker)
      if (n.type !== 'text') for (const c of n.children as Node[]) visit(c)
    }
    placed.forEach(visit)
    const unplaced = file.messages.filter((m) => m.ruleId === 'numbered-as-text').length
    expect(markers.length + unplaced).toBe(5)
    expect(toText(tree)).toBe(text)
  })
})

describe('statute shapes', () => {
  it('reads 第七条ノ二 and a pair deleted together', () => {
    const text = '第七条　甲とする。\n第七条ノ二　乙とする。\n第八条及び第九条　削除\n第十条　丙とする。\n'
    const {tree, file} = parse(text)
    expect(articles(tree).map((a) => [a.num, a.numEnd ?? '', a.deleted ?? false])).toEqual([['7', '', false], ['7-2', '', false], ['8', '9', true], ['10', '', false]])
    expect(file.messages).toEqual([])
  })

  it('reads Arabic sub-items under a kanji item that introduces them', () => {
    const {tree} = parse('第一条　次に掲げる者とする。\n一　次に掲げる団体\n１　甲団体\n２　乙団体\n二　丙\n２　前項の規定は準用する。\n')
    expect(shape(articles(tree)[0])).toEqual([[{marker: '一', subitems: 2}, {marker: '二', subitems: 0}], []])
  })

  it('reads the rows of a 読替え table inside a statute as rows, not as article heads', () => {
    const text = '第五条　第三条の規定は、乙に準用する。この場合において、次の表の上欄に掲げる規定中同表の中欄に掲げる字句は、同表の下欄に掲げる字句と読み替えるものとする。\n第四条\t丙\t丁\n第三条第一項\t甲\t乙\n（罰則）\n第六条　戊とする。\n'
    const {tree, file} = parse(text)
    expect(articles(tree).map((a) => [a.num, a.caption ?? ''])).toEqual([['5', ''], ['6', '罰則']])
    const table = articles(tree)[0].children.flatMap((p) => (p.type === 'paragraph' ? p.children.filter((c) => c.type === 'table') : []))
    expect(table.map((t) => t.type === 'table' && t.rows)).toEqual([[['第四条', '丙', '丁'], ['第三条第一項', '甲', '乙']]])
    expect(file.messages).toEqual([])
    expect(toText(tree)).toBe(text)
  })
})

describe('a table drawn as a grid in text', () => {
  it.each([
    ['with + and -', ['+--------+--------+', '| プラン | 月額   |', '+--------+--------+', '| ライト | 980円  |', '+--------+--------+']],
    ['with box characters', ['┌────┬────┐', '│プラン│月額│', '├────┼────┤', '│ライト│980円│', '└────┴────┘']]
  ])('keeps its rules out of the cells, takes the first row for the header, and ends before the next paragraph (%s)', (_, grid) => {
    const text = ['第1条（料金）', '料金は、次の表のとおりとします。', ...grid, '2 前項の料金には消費税を含みます。', ''].join('\n')
    const {tree, file} = parse(text)
    expect(toText(tree)).toBe(text)
    const article = tree.children.find((node) => node.type === 'article')!
    const paragraphs = article.type === 'article' ? article.children.filter((node) => node.type === 'paragraph') : []
    expect(paragraphs.map((p) => p.num)).toEqual([1, 2])
    const table = paragraphs[0].children.find((node) => node.type === 'table')
    expect(table?.type === 'table' ? [table.header, table.rows] : undefined).toEqual([
      ['プラン', '月額'],
      [['ライト', '980円']]
    ])
    expect(file.messages).toEqual([])
  })
})
