import {describe, expect, it} from 'vitest'
import {numbered} from './numbered.js'

describe('numbered', () => {
  it.each([
    ['2 当社は', 'digit', 2],
    ['２　前項の', 'digit', 2],
    ['② 前項の', 'circled', 2],
    ['(1) 当社の', 'paren', 1],
    ['（１２）　当社の', 'paren', 12],
    ['⑶ 当社の', 'paren', 3],
    ['一　当社の', 'kanji', 1],
    ['十四　Ｂ火災', 'kanji', 14],
    ['1. 本サービス', 'dot', 1],
    ['(a) text', 'latin', 1],
    ['（ア）　text', 'paren-aiueo', 1]
  ])('reads the marker of %s', (line, series, num) => {
    expect(numbered(line, 0)?.kind === 'numbered' && numbered(line, 0)).toMatchObject({candidates: expect.arrayContaining([{series, num}])})
  })
  it('offers both readings of a kana: イ is the first of イロハ and the second of アイウ', () => {
    const shape = numbered('イ　燃焼なべに', 0)
    expect(shape).toMatchObject({candidates: [{series: 'iroha', num: 1}, {series: 'aiueo', num: 2}]})
  })
  it('reads branch numbers of statute items', () => {
    expect(numbered('三の二　前号に規定する', 0)).toMatchObject({candidates: [{series: 'kanji', num: 3, branch: 2}], marker: {start: 0, end: 3}})
  })
  it('keeps the marker apart from the body', () => {
    expect(numbered('- (6) 本契約に違反したとき', 2)).toMatchObject({marker: {start: 2, end: 5}, body: {start: 6, end: 16}})
  })
  it('does not read a decimal or a plain word as a marker', () => {
    expect(numbered('1.5倍とします', 0)).toBeUndefined()
    expect(numbered('一部の契約者', 0)).toBeUndefined()
    expect(numbered('当社は', 0)).toBeUndefined()
  })
})
