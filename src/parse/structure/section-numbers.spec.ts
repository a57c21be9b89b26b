import {describe, expect, it} from 'vitest'
import {parse} from '../index.js'
import {toText} from '../text.js'
import {clauseOutline} from '../../../test/helpers/clause-tree.js'

const outline = (source: string) => clauseOutline(parse(source).tree)

describe('terms numbered by sections', () => {
  const source = ['甲サービス利用規約', '', '1. 総則', '1.1 本規約は、甲サービスの条件を定めます。', '1.2 利用者は、本規約に同意します。', '', '2. 料金', '', '2.1 料金は月額とします。', '(1) 月の途中は日割りとします。', ''].join('\n')

  it('reads a short title whose next line opens with its number and .1 as an article, and N.M as its paragraphs', () => {
    expect(outline(source)).toEqual([
      ['art_1', '1.', '総則'],
      ['art_1__para_1', '1.1', '本規約は、甲'],
      ['art_1__para_2', '1.2', '利用者は、本'],
      ['art_2', '2.', '料金'],
      ['art_2__para_1', '2.1', '料金は月額と'],
      ['art_2__para_1__item_1', '(1)', '月の途中は日']
    ])
    expect(toText(parse(source).tree)).toBe(source)
  })

  it('gives a Markdown section heading its N.M paragraphs too', () => {
    expect(outline('## 3. 解約\n3.1 利用者は、いつでも解約できます。\n3.2 当社は、通知します。\n').map(([id, num]) => [id, num])).toEqual([
      ['art_3', '3.'],
      ['art_3__para_1', '3.1'],
      ['art_3__para_2', '3.2']
    ])
  })

  it('reads a head set in bold and paragraphs numbered 3-1 the same way', () => {
    const bold = '**1. 総則**\n1.1 本文です。\n**2. 料金**\n2.1 料金です。\n'
    expect(outline(bold).map(([id, num]) => [id, num])).toEqual([
      ['art_1', '1.'],
      ['art_1__para_1', '1.1'],
      ['art_2', '2.'],
      ['art_2__para_1', '2.1']
    ])
    expect(toText(parse(bold).tree)).toBe(bold)
    expect(outline('1. 総則\n1-1 本文です。\n1-2 次です。\n').map(([id, num]) => [id, num])).toEqual([
      ['art_1', '1.'],
      ['art_1__para_1', '1-1'],
      ['art_1__para_2', '1-2']
    ])
  })

  it('reads 2.1.1 inside paragraph 2.1 as its item, and leaves 2.3.1 inside 2.1 alone', () => {
    const source = '2. 定義\n2.1 用語の意味は、次のとおりとします。\n2.1.1 「利用者」とは、登録した者をいいます。\n2.1.2 「投稿」とは、保存した情報をいいます。\n2.2 前項にない用語は、通常の意味とします。\n'
    expect(outline(source).map(([id, num]) => [id, num])).toEqual([
      ['art_2', '2.'],
      ['art_2__para_1', '2.1'],
      ['art_2__para_1__item_1', '2.1.1'],
      ['art_2__para_1__item_2', '2.1.2'],
      ['art_2__para_2', '2.2']
    ])
    expect(toText(parse(source).tree)).toBe(source)
    expect(outline('2. 定義\n2.1 用語は次のとおりです。\n2.3.1 ほかの段落の番号です。\n').some(([id]) => id.includes('item'))).toBe(false)
  })

  it('leaves a numbered sentence, a title not followed by its .1, and another section’s number alone', () => {
    const list = outline('前文です。\n\n1. 申込書は、次のとおりとします。\n1.1 これは本文です。\n')
    expect(list.some(([id]) => id.startsWith('art_'))).toBe(false)
    expect(outline('1. 総則\n2.1 本文です。\n').some(([id]) => id.startsWith('art_'))).toBe(false)
  })
})
