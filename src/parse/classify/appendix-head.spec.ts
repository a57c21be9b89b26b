import {describe, expect, it} from 'vitest'
import {appendixHead} from './appendix-head.js'

describe('appendixHead', () => {
  it('reads a head set in bold, the markers outside kind and title', () => {
    expect(appendixHead('**別表　読替表**', 0)).toMatchObject({appendixKind: '別表', head: {start: 2, end: 4}, title: {start: 5, end: 8}})
    expect(appendixHead('__附則__', 0)).toMatchObject({appendixKind: '附則', head: {start: 2, end: 4}, title: undefined})
  })
  it('reads the kinds of appendix with number and title', () => {
    expect(appendixHead('別記', 0)).toMatchObject({appendixKind: '別記', title: undefined})
    expect(appendixHead('別紙 【読替え表】', 0)).toMatchObject({appendixKind: '別紙', title: {start: 3, end: 9}})
    expect(appendixHead('別表第二（第五条関係）', 0)).toMatchObject({appendixKind: '別表', num: 2})
    expect(appendixHead('附　則', 0)).toMatchObject({appendixKind: '附則'})
    expect(appendixHead('様式第1号', 0)).toMatchObject({appendixKind: '様式', num: 1})
  })
  it('reads a branch number after の: 別表第1の2, 別表第一の二', () => {
    expect(appendixHead('別表第1の2（料金）', 0)).toMatchObject({appendixKind: '別表', num: 1, branch: 2, title: {start: 6, end: 10}})
    expect(appendixHead('別表第一の二（第三条関係）', 0)).toMatchObject({num: 1, branch: 2})
    expect(appendixHead('別表第1（料金）', 0)).not.toHaveProperty('branch')
    expect(appendixHead('別表第1の料金表に定める。', 0)).toBeUndefined()
  })
  it('does not take a sentence that mentions an appendix for its head', () => {
    expect(appendixHead('別表に掲げる物をいう。', 0)).toBeUndefined()
    expect(appendixHead('別紙読替え表を参照するほか', 0)).toBeUndefined()
  })
})
