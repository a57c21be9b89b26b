import {describe, expect, it} from 'vitest'
import type {Candidate} from '../classify/index.js'
import type {Item, Paragraph} from '../types.js'
import {emptySpan} from './emit.js'
import {decide, type Level, type NumberingState} from './numbering.js'

const paragraph = (num: number, body = true): Paragraph => ({
  type: 'paragraph',
  id: `p${num}`,
  num,
  children: body ? [{type: 'text', role: 'body', value: '本文。', position: emptySpan()}] : [],
  position: emptySpan()
})
const item = (body: string): Item => ({type: 'item', id: 'i', num: 1, marker: '一', children: [{type: 'text', role: 'body', value: body, position: emptySpan()}], position: emptySpan()})
const level = (series: Candidate['series'], num: number, body = '次に掲げるもの'): Level => ({node: item(body), series, num})
const state = (over: Partial<NumberingState>): NumberingState => ({stack: [], inAppendix: false, prevBlank: false, prevEnded: true, ...over})

describe('decide', () => {
  it('takes the next number of an open level as its sibling', () => {
    expect(decide([{series: 'kanji', num: 3}], state({stack: [level('kanji', 2)], paragraph: paragraph(1)}))).toMatchObject({kind: 'sibling', level: 0})
  })
  it('takes 2. after an unnumbered first paragraph as paragraph 2 when it is a sentence, and 1. under a lead as an item', () => {
    const line = (text: string) => ({text, marker: {start: 0, end: 2}, body: {start: 3, end: text.length}})
    expect(decide([{series: 'dot', num: 2}], state({paragraph: paragraph(1), line: line('2. 退会した場合、データは消去されます。')}))).toMatchObject({kind: 'paragraph'})
    expect(decide([{series: 'dot', num: 1}], state({line: line('1. メンバーは、いつでも退会できます。')}))).toMatchObject({kind: 'paragraph'})
    expect(decide([{series: 'dot', num: 1}], state({paragraph: paragraph(1), line: line('1. 氏名')}))).toMatchObject({kind: 'child'})
    expect(decide([{series: 'dot', num: 1}], state({line: line('1. 氏名')}))).toMatchObject({kind: 'child'})
  })
  it('takes the next paragraph number as a paragraph', () => {
    expect(decide([{series: 'digit', num: 2}], state({paragraph: paragraph(1)}))).toMatchObject({kind: 'paragraph'})
  })
  it('opens a new level at a first number under a clause that introduces it', () => {
    expect(decide([{series: 'iroha', num: 1}], state({stack: [level('kanji', 1)], paragraph: paragraph(1)}))).toMatchObject({kind: 'child'})
  })
  it('runs a second series beside the first when the open item introduces nothing', () => {
    expect(decide([{series: 'iroha', num: 1}], state({stack: [level('kanji', 1, '普通火災に対する消火性能を有すること')], paragraph: paragraph(1)}))).toMatchObject({kind: 'alternate'})
  })
  it('opens Arabic sub-items under a kanji item that introduces them', () => {
    expect(decide([{series: 'digit', num: 1}], state({stack: [level('kanji', 1)], paragraph: paragraph(1)}))).toMatchObject({kind: 'child'})
  })
  it('reads a number in the middle of a sentence as a wrapped line', () => {
    expect(decide([{series: 'digit', num: 7}], state({paragraph: paragraph(1), prevEnded: false}))).toEqual({kind: 'continuation'})
  })
  it('takes a number that skips after a sentence end, with a diagnostic', () => {
    expect(decide([{series: 'digit', num: 4}], state({paragraph: paragraph(2)}))).toMatchObject({kind: 'paragraph', diag: 'numbering-gap'})
  })
})
