// Markdown terms documents, in our own words: headings that carry articles, lists that are
// articles, paragraphs or items, blank-line paragraphs, and text beside the clauses.
import {describe, expect, it} from 'vitest'
import {parse, toText, type Article, type Document, type Node} from '../src/parse/index.js'
import {descendantsOfType, idProblems, positionProblems} from './helpers/clause-tree.js'

const articles = (tree: Document): Article[] => descendantsOfType(tree, 'article')

/** num, caption and items/sub-items per paragraph of each article. */
function outline(text: string) {
  const {tree} = parse(text)
  expect(toText(tree)).toBe(text)
  expect(positionProblems(tree, text)).toEqual([])
  expect(idProblems(tree)).toEqual([])
  return articles(tree).map((a) => ({
    id: a.id,
    num: a.num,
    caption: a.caption,
    paragraphs: a.children.flatMap((p) => (p.type === 'paragraph' ? [`${p.children.filter((c) => c.type === 'item').length}/${p.children.flatMap((c) => (c.type === 'item' ? c.children.filter((s) => s.type === 'subitem') : [])).length}`] : []))
  }))
}

describe('Markdown headings', () => {
  it('reads article heads set in bold, with numbered paragraphs, nested items and an announced list under them', () => {
    const text = [
      '# 写真共有サービス 利用規約',
      '',
      '**第1条（適用）**',
      '',
      '1. 本規約は、会員と当社との間に適用します。',
      '2. 当社は、個別の定めを置くことがあります。',
      '',
      '**第2条** （登録）',
      '',
      '1. 登録は当社の定める方法で申請します。',
      '2. 当社は、次の場合には登録を承認しないことがあります。',
      '    1. 虚偽の届出をした場合',
      '    2. 過去に規約に違反した場合',
      '',
      '__第3条 禁止事項__',
      '',
      '会員は、以下の行為をしてはなりません。',
      '',
      '1. 法令に違反する行為',
      '2. 前号に準ずる行為',
      ''
    ].join('\n')
    expect(outline(text)).toEqual([
      {id: 'art_1', num: '1', caption: '適用', paragraphs: ['0/0', '0/0']},
      {id: 'art_2', num: '2', caption: '登録', paragraphs: ['0/0', '2/0']},
      {id: 'art_3', num: '3', caption: '禁止事項', paragraphs: ['2/0']}
    ])
  })

  it('reads 第N条 headings with the caption after a space, and lists under them as paragraphs or announced items', () => {
    const text = ['# 会員規約', '', '## 第 1 条 目的', '', '1. 本規約は会員に適用します。', '2. 会員は本規約を守ります。', '', '## 第2条　禁止事項', '', '会員は、次の各号の行為をしてはなりません。', '', '1. 迷惑をかける行為', '2. 法令に反する行為', '', '> 要点：迷惑行為は禁止です。', ''].join('\n')
    expect(outline(text)).toEqual([
      {id: 'art_1', num: '1', caption: '目的', paragraphs: ['0/0', '0/0']},
      {id: 'art_2', num: '2', caption: '禁止事項', paragraphs: ['2/0']}
    ])
  })

  it('reads numbered section headings as articles and blank-line blocks as paragraphs', () => {
    const text = ['# 個人情報の扱い', '', '前文です。', '', '### 1.はじめに', 'この方針は当会に適用します。', '続きの行です。', '', '### 2.集める情報', '当会は、', '', '1. 氏名', '2. 連絡先', '', 'を集めます。', '', '別の段落です。', ''].join('\n')
    expect(outline(text)).toEqual([
      {id: 'art_1', num: '1', caption: 'はじめに', paragraphs: ['0/0']},
      {id: 'art_2', num: '2', caption: '集める情報', paragraphs: ['2/0', '0/0']}
    ])
  })

  it('reads unnumbered headings as unnumbered articles with stable ids when no provision is numbered', () => {
    const text = ['# 利用の手引き', '', '## 目的', '本手引きは利用の仕方を定めます。', '', '## 禁止事項', '転売を禁じます。', ''].join('\n')
    const {tree} = parse(text)
    expect(articles(tree).map((a) => [a.id, a.unnumbered, a.caption])).toEqual([
      ['art_u1', true, '目的'],
      ['art_u2', true, '禁止事項']
    ])
    expect(toText(tree)).toBe(text)
  })
})

describe('articles written as a list', () => {
  it('numbers them by position even when every entry is written "1.", nesting by indentation', () => {
    const text = ['## 出店約款', '', '1. **（用語）**  ', '本約款の用語は、以下のとおりとします。', '\t1. 「店舗」とは、出店者の売場をいいます。', '\t1. 「商品」とは、店舗で売る物をいいます。', '', '1. **（出店）**', '\t1. 出店者は申し込みます。', '\t1. 当社は審査します。', '\t\t1. 書類審査', '\t\t1. 面談', '\t 1. 結果は通知します。', ''].join('\n')
    expect(outline(text)).toEqual([
      {id: 'art_1', num: '1', caption: '用語', paragraphs: ['2/0']},
      {id: 'art_2', num: '2', caption: '出店', paragraphs: ['0/0', '2/0', '0/0']}
    ])
  })
})

describe('text beside the clauses', () => {
  it('keeps blockquotes, HTML comments and HTML blocks as asides, outside references and numbering', () => {
    const text = ['## 第1条 定義', '', '本規約の用語は次のとおりです。', '', '> 第9条を参照してください。', '<!--', '第5条 古い条', '-->', '<div align="right">', '2024年1月1日 制定', '</div>', ''].join('\n')
    const {tree, file} = parse(text)
    expect(articles(tree).map((a) => a.num)).toEqual(['1'])
    const roles = new Set<string>()
    const visit = (node: Node) => {
      if (node.type === 'text') {
        if (node.value.includes('第9条') || node.value.includes('第5条')) roles.add(node.role)
      } else for (const c of node.children as Node[]) visit(c)
    }
    visit(tree)
    expect([...roles]).toEqual(['aside'])
    expect(file.messages).toEqual([])
    expect(toText(tree)).toBe(text)
  })
})

describe('bullets under a numbered item', () => {
  it.each([
    ['at the margin', ['## 第1条（出品）', '出品者は、次に掲げる物品を出品してはなりません。', '(1) 違法な物品', '(2) 次に掲げる食品', '    - 生鮮食品', '    - 手作りの菓子', '(3) その他不適切な物品', '']],
    ['indented two spaces', ['## 第1条（出品）', '出品者は、次に掲げる物品を出品してはなりません。', '(1) 違法な物品', '(2) 次に掲げる食品', '  - 生鮮食品', '  - 手作りの菓子', '(3) その他不適切な物品', '']],
    ['under a paragraph entry', ['## 第1条（出品）', '1. 出品者は、次に掲げる物品を出品してはなりません。', '   (1) 違法な物品', '   (2) 次に掲げる食品', '       - 生鮮食品', '       - 手作りの菓子', '   (3) その他不適切な物品', '']]
  ])('nest under the item whose text they are indented to, and the next (n) goes on the list (%s)', (_, lines) => {
    const text = lines.join('\n')
    expect(outline(text)).toEqual([{id: 'art_1', num: '1', caption: '出品', paragraphs: ['3/2']}])
    expect(parse(text).file.messages).toEqual([])
  })
})

describe('numbered sub-headings of a section', () => {
  it('reads ### 2.1 手続 under ## 2. 会員登録 as paragraph 1 of section 2, with its text and its list as items', () => {
    const text = ['## 1. 適用範囲', '', '### 1.1 対象', '', '本規約は、会員に適用されます。', '', '### 1.2 優先関係', '', '宿泊約款が優先します。', '', '## 2. 会員登録', '', '### 2.1 手続', '', '1. 入会希望者は、申し込みます。', '2. 当社の承諾時に契約が成立します。', '', '### 2.2 拒否', '', '当社は、申込みを拒否できます。前項の通知は不要です。', ''].join('\n')
    expect(outline(text)).toEqual([
      {id: 'art_1', num: '1', caption: '適用範囲', paragraphs: ['0/0', '0/0']},
      {id: 'art_2', num: '2', caption: '会員登録', paragraphs: ['2/0', '0/0']}
    ])
    const {tree, file} = parse(text)
    const second = articles(tree)[1].children.filter((c) => c.type === 'paragraph')
    expect(second.map((p) => [p.label, p.children.filter((c) => c.type === 'text' && c.role === 'title').map((c) => (c.type === 'text' ? c.value : ''))])).toEqual([
      ['2.1', ['手続']],
      ['2.2', ['拒否']]
    ])
    expect(file.messages).toEqual([])
  })
})
