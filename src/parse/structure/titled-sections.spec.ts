import {describe, expect, it} from 'vitest'
import {parse} from '../index.js'
import {toText} from '../text.js'
import {clauseOutline} from '../../../test/helpers/clause-tree.js'

const outline = (source: string) => clauseOutline(parse(source).tree, 10)
const doc = (...lines: string[]) => lines.join('\n')

describe('sections headed by a number and a title, each followed by its text', () => {
  it('reads 1. 取得する情報 … as articles, with the section’s own (1) list as items', () => {
    const source = doc('プライバシーポリシー', '', '1. 取得する情報', '当社は、次の情報を取得します。', '(1) 氏名', '(2) メールアドレス', '', '2. 利用目的', '当社は、前条の情報を利用します。', '')
    expect(outline(source)).toEqual([
      ['art_1', '1.', '取得する情報'],
      ['art_1__para_1', '当社は、次の情報を取得します。', ''],
      ['art_1__para_1__item_1', '(1)', '氏名'],
      ['art_1__para_1__item_2', '(2)', 'メールアドレス'],
      ['art_2', '2.', '利用目的'],
      ['art_2__para_1', '当社は、前条の情報を利用します。', '']
    ])
    expect(toText(parse(source).tree)).toBe(source)
  })

  it.each([
    ['1 目的', '2 会員', '1', '2'],
    ['１　目的', '２　会員', '１', '２'],
    ['第1 目的', '第2 会員', '第1', '第2'],
    ['第一　目的', '第二　会員', '第一', '第二']
  ])('reads %s / %s heads the same way', (first, second, num1, num2) => {
    const source = doc('規約', '', first, 'この規約は、利用について定める。', '', second, '会員とは、登録した者をいう。', '')
    expect(outline(source).filter(([id]) => /^art_\d+$/.test(id))).toEqual([
      ['art_1', num1, '目的'],
      ['art_2', num2, '会員']
    ])
    expect(parse(source).tree.children.filter((c) => c.type === 'article').map((c) => (c.type === 'article' ? c.caption : ''))).toEqual(['目的', '会員'])
  })

  it('takes 第1 heads over the 1, 2 titles inside them, and a preamble set apart by a blank line is no lead', () => {
    const government = doc('要綱', '', '第1 総則', '1 目的', 'この要綱は、事項を定める。', '2 定義', '用語を定める。', '', '第2 利用登録', '利用者は申請する。', '')
    expect(outline(government).filter(([id]) => /^art_\d+$/.test(id))).toEqual([
      ['art_1', '第1', '総則'],
      ['art_2', '第2', '利用登録']
    ])
    const preamble = doc('当社は、個人情報を次のとおり取り扱います。', '', '1. 取得する情報', '当社は氏名を取得します。', '', '2. 利用目的', '当社は本人確認に利用します。', '')
    expect(outline(preamble).filter(([id]) => /^art_\d+$/.test(id)).map(([id]) => id)).toEqual(['art_1', 'art_2'])
  })

  it('takes the titles set apart by a blank line for sections when a titled list inside one breaks the count', () => {
    const source = doc('タイトル', '', '1. 取得する情報', '当社は氏名を取得します。', '', '2. 利用目的', '当社は、次の目的で利用します。', '1. 本人確認', '本人であることを確認するためです。', '2. 連絡', 'お知らせを送るためです。', '', '3. 第三者提供', '当社は提供しません。', '')
    expect(outline(source).filter(([id]) => /^art_\d+$/.test(id)).map(([id, num]) => [id, num])).toEqual([
      ['art_1', '1.'],
      ['art_2', '2.'],
      ['art_3', '3.']
    ])
    expect(toText(parse(source).tree)).toBe(source)
  })

  it('leaves numbered titles alone where Markdown headings or ■ lines head the parts', () => {
    const articles = (source: string) => outline(source).filter(([id]) => /^art_\d+$/.test(id)).length
    expect(articles(doc('## 利用目的', '', '1. 商品の発送', '   お届けするために利用します。', '2. アフターサービス', '   修理のために利用します。', '', '## 第三者への提供', '', '提供しません。', ''))).toBe(0)
    expect(articles(doc('■ 利用目的', '1. 商品の発送', 'お届けするために利用します。', '2. アフターサービス', '修理のために利用します。', '■ 第三者への提供', '提供しません。', ''))).toBe(0)
  })

  it('leaves a list of titles, a list a lead announces, a run not starting at 1, and 第N条 documents alone', () => {
    const articles = (source: string) => outline(source).filter(([id]) => /^art_\d+$/.test(id)).length
    expect(articles(doc('取得する情報', '', '1. 氏名', '2. メールアドレス', '3. 住所', ''))).toBe(0)
    expect(articles(doc('当社は、次の目的で利用します。', '1. 本人確認', '本人であることを確かめるため。', '2. 連絡', '連絡するため。', ''))).toBe(0)
    expect(articles(doc('前文です。', '', '2. 料金', '料金は月額です。', '', '3. 解約', 'いつでも解約できます。', ''))).toBe(0)
    expect(articles(doc('第1条（目的）', '本規約は目的を定めます。', '1. 定義', 'ここでいう語は次のとおりです。', '2. 料金', '料金は月額です。', ''))).toBe(1)
  })
})
