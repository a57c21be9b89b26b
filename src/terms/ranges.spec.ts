import {describe, expect, it} from 'vitest'
import {parse} from '../parse/index.js'
import {expandRanges} from './ranges.js'
import type {Exclusion} from './types.js'

const upstream = {
  path: 'u.md',
  tree: parse(
    ['乙約款', '', '第1章 総則', '', '第1条（目的）', '目的です。', '', '第2条（定義）', '定義です。', '', '第2章 契約', '', '第3条（申込み）', '申込みです。', '一 甲オプション', '二 乙オプション', '三 丙オプション', '四 丁オプション', '', '第4条（解約）', '解約です。', ''].join('\n')
  ).tree
}
const end = (range: Exclusion['range'], clause: string, article: string, item?: number): Exclusion => ({
  reference: {raw: '', article, item},
  range,
  target: {document: 0, clause, text: ''}
})

describe('expandRanges', () => {
  it('adds the articles between the ends, across a chapter', () => {
    const out = expandRanges([end('from', 'art_1', '1'), end('to', 'art_4', '4')], [upstream])
    expect(out.map((exclusion) => [exclusion.target?.clause, exclusion.reference.article, exclusion.range])).toEqual([
      ['art_1', '1', 'from'],
      ['art_2', '2', 'between'],
      ['art_3', '3', 'between'],
      ['art_4', '4', 'to']
    ])
  })

  it('adds the items between the ends, with their numbers and text', () => {
    const out = expandRanges([end('from', 'art_3__para_1__item_1', '3', 1), end('to', 'art_3__para_1__item_4', '3', 4)], [upstream])
    expect(out.map((exclusion) => [exclusion.reference.item, exclusion.target?.text])).toEqual([
      [1, ''],
      [2, '乙オプション'],
      [3, '丙オプション'],
      [4, '']
    ])
  })

  it('adds nothing for ends of different kinds, in reverse order, or unresolved', () => {
    expect(expandRanges([end('from', 'art_1', '1'), end('to', 'art_3__para_1__item_4', '3', 4)], [upstream])).toHaveLength(2)
    expect(expandRanges([end('from', 'art_4', '4'), end('to', 'art_1', '1')], [upstream])).toHaveLength(2)
    expect(expandRanges([end('from', 'art_1', '1'), {...end('to', 'art_4', '4'), target: undefined}], [upstream])).toHaveLength(2)
    expect(expandRanges([end(undefined, 'art_1', '1'), end('to', 'art_4', '4')], [upstream])).toHaveLength(2)
  })
})
