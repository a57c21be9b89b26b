import {describe, expect, it} from 'vitest'
import {numbered} from './numbered.js'

/** The readings of a line's marker, or undefined when it has none. */
const candidatesOf = (line: string) => {
  const shape = numbered(line, 0)
  return shape?.kind === 'numbered' ? shape.candidates : undefined
}

describe('numbered', () => {
  it.each([
    ['2 当社は', [{series: 'digit', num: 2}]],
    ['２　前項の', [{series: 'digit', num: 2}]],
    ['② 前項の', [{series: 'circled', num: 2}]],
    ['(1) 当社の', [{series: 'paren', num: 1}]],
    ['（１２）　当社の', [{series: 'paren', num: 12}]],
    ['⑶ 当社の', [{series: 'paren', num: 3}]],
    ['一　当社の', [{series: 'kanji', num: 1}]],
    ['十四　Ｂ火災', [{series: 'kanji', num: 14}]],
    ['1. 本サービス', [{series: 'dot', num: 1}]],
    ['(a) text', [{series: 'latin', num: 1}]],
    ['（ア）　text', [{series: 'paren-iroha', num: 36}, {series: 'paren-aiueo', num: 1}]]
  ])('reads the marker of %s', (line, candidates) => {
    expect(candidatesOf(line)).toEqual(candidates)
  })
  it('offers both readings of a kana: イ is the first of イロハ and the second of アイウ', () => {
    expect(candidatesOf('イ　燃焼なべに')).toEqual([{series: 'iroha', num: 1}, {series: 'aiueo', num: 2}])
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
