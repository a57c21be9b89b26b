import {describe, expect, it} from 'vitest'
import {parse} from '../index.js'
import {toText} from '../text.js'
import type {Article} from '../types.js'

const articles = (source: string) => parse(source).tree.children.filter((node): node is Article => node.type === 'article')
const doc = (...lines: string[]) => lines.join('\n')

describe('a caption after a bare article number, its text on the next line', () => {
  it('reads 第一条　目的 and 第1条 目的 as captions where the next line starts text of its own', () => {
    const source = doc('規約', '', '第一条　目的', 'この約款は、サービスの利用について定める。', '', '第2条 会員の資格', '会員は、第一条（目的）に従う。', '')
    expect(articles(source).map((article) => [article.num, article.caption])).toEqual([
      ['1', '目的'],
      ['2', '会員の資格']
    ])
    expect(toText(parse(source).tree)).toBe(source)
  })

  it('leaves the first words of an article, a wrapped sentence and 削除 in the body', () => {
    expect(articles(doc('第一条　この法律は、目的を定める。', '')).map((a) => a.caption)).toEqual([undefined])
    expect(articles(doc('第3条 会員は本規約を遵守', 'するものとします。', '')).map((a) => a.caption)).toEqual([undefined])
    expect(articles(doc('第4条 料金の支払', 'ものとします。', '')).map((a) => a.caption)).toEqual([undefined])
    expect(articles(doc('第2条 月額料金その他の利用料金', '及び支払方法は、別表に定めるとおりとする。', '')).map((a) => a.caption)).toEqual([undefined])
    expect(articles(doc('第3条 本サービスの提供時間帯', '（メンテナンス時間を除く。）は、午前8時からとする。', '')).map((a) => a.caption)).toEqual([undefined])
    expect(articles(doc('第4条 本サービスの', '利用料金は、月額とする。', '')).map((a) => a.caption)).toEqual([undefined])
    expect(articles(doc('第5条 禁止事項', '(1) 他人になりすます行為', '')).map((a) => a.caption)).toEqual(['禁止事項'])
    const deleted = articles(doc('第5条　削除', '第6条　解除', '当社は解除できます。', ''))
    expect(deleted.map((a) => [a.caption, a.deleted])).toEqual([
      [undefined, true],
      ['解除', undefined]
    ])
  })

  it('closes a caption a page break left open on the next line of text, even a bracket alone', () => {
    expect(articles(doc('第2条（', '準拠法）', '日本法に準拠する。', '')).map((a) => a.caption)).toEqual(['準拠法'])
    const source = doc('第1条（適用）', '本約款を適用します。', '第2条（料金の', '- 1 -', '支払）', '契約者は、料金を支払います。', '')
    expect(articles(source).map((article) => [article.num, article.caption])).toEqual([
      ['1', '適用'],
      ['2', '料金の支払']
    ])
    expect(toText(parse(source).tree)).toBe(source)
  })
})
