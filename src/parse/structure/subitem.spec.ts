import {describe, expect, it} from 'vitest'
import type {Item} from '../types.js'
import {emptySpan, point, span} from './emit.js'
import {introducesList, opensSubitems, type NumberedLine} from './subitem.js'

/** An item whose marker stands at `column` (0 = the margin) with `body` as its text. */
function item(body: string, column = 0): Item {
  return {
    type: 'item',
    id: 'i',
    num: 1,
    marker: '一',
    children: [
      {type: 'text', role: 'num', value: '一', position: span(point(1, column + 1, column), point(1, column + 2, column + 1))},
      {type: 'text', role: 'body', value: body, position: emptySpan()}
    ],
    position: emptySpan()
  }
}

/** A numbered line `イ　body`, indented by `column`. */
function line(body: string, column = 0): NumberedLine {
  const text = `${' '.repeat(column)}イ　${body}`
  return {text, marker: {start: column, end: column + 1}, body: {start: column + 2, end: text.length}}
}

describe('introducesList', () => {
  it('knows an item that announces what follows, or a bare term', () => {
    expect(introducesList(item('会員のうち次に掲げる者'))).toBe(true)
    expect(introducesList(item('届出者'))).toBe(true)
    expect(introducesList(item('事業所の名称及び所在地を記した書面'))).toBe(false)
  })
})

describe('opensSubitems', () => {
  it('nests under an item that introduces a list, whatever the next line says', () => {
    expect(opensSubitems(item('次に掲げる書類'), line('写真を貼ること。'))).toBe(true)
  })
  it('in flat text, splits an item that ends without a sentence end into the parts that follow it', () => {
    expect(opensSubitems(item('届出をする者の氏名及び連絡先の住所'), line('個人にあつては住民票の写し'))).toBe(true)
  })
  it('in flat text, keeps sentences after an unfinished item beside it', () => {
    expect(opensSubitems(item('屋内で使う器具の試験方法'), line('器具を台に載せること。'))).toBe(false)
  })
  it('in flat text, keeps a new series after an item that ends its sentence beside it', () => {
    expect(opensSubitems(item('書面は日本語で作ること。'), line('写しを添えた書面'))).toBe(false)
  })
  it('follows the layout where it indents: deeper is under the item, level with it is beside it', () => {
    expect(opensSubitems(item('屋内で使う器具の試験方法', 2), line('器具を台に載せること。', 4))).toBe(true)
    expect(opensSubitems(item('届出をする者の氏名及び連絡先の住所', 2), line('個人にあつては住民票の写し', 2))).toBe(false)
  })
  it('without the line, opens sub-items only under an item that introduces them', () => {
    expect(opensSubitems(item('届出をする者の氏名及び連絡先の住所'), undefined)).toBe(false)
  })
})
