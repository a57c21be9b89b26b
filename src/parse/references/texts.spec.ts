import {expect, it} from 'vitest'
import {parse} from '../index.js'
import {clauseTexts} from './texts.js'

const source = '第1条（目的）\n本文の\n一文です。\n２　前項の文です。\n'

it('joins a clause’s wrapped lines into one text, per clause, in document order', () => {
  const texts = clauseTexts(parse(source).tree)
  expect(texts.map((t) => [t.source, t.text])).toEqual([
    ['art_1__para_1', '本文の一文です。'],
    ['art_1__para_2', '前項の文です。']
  ])
})

it('keeps the texts for the tree unless told not to', () => {
  const kept = parse(source).tree
  expect(clauseTexts(kept)).toBe(clauseTexts(kept))
  const once = parse(source).tree
  const first = clauseTexts(once, {keep: false})
  const second = clauseTexts(once, {keep: false})
  expect(second).not.toBe(first)
  expect(second).toEqual(first)
})
