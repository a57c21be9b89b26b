// The token diff of a sentence pair: runs that rebuild both sentences, hunks with offsets,
// only the changed stretch handed to the tokenizer, and the edit bound that makes a pair
// "rewritten".
import {describe, expect, test} from 'vitest'
import type {Tokenizer} from '../src/diff/tokenizer.js'
import {charDiff, editBound, tokenDiff, type TokenDiff} from '../src/diff/tokens.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

function spy(): {tokenizer: Tokenizer; seen: string[]} {
  const seen: string[] = []
  return {seen, tokenizer: {tokenize: (text) => (seen.push(text), fakeTokenizer.tokenize(text))}}
}

function rebuild(diff: TokenDiff, side: 'old' | 'new', text: string): string {
  return diff.runs
    .filter((run) => run[side])
    .map((run) => text.slice(run[side]!.from, run[side]!.to))
    .join('')
}

describe('tokenDiff', () => {
  test('runs rebuild both sentences, and hunks point at the changed words', () => {
    const a = '契約者は、その 2 ヶ月前までに、当社所定の書面により通知するものとします。'
    const b = '契約者は、その3か月前までに、当社所定の書面により通知するものとします。'
    const diff = tokenDiff(a, b, fakeTokenizer)
    expect(rebuild(diff, 'old', a).replace(/\s/g, '')).toBe(a.replace(/\s/g, ''))
    expect(rebuild(diff, 'new', b)).toBe(b)
    expect(diff.hunks.map((h) => [a.slice(h.old.from, h.old.to), b.slice(h.new.from, h.new.to)])).toEqual([['2 ヶ', '3か']])
  })

  test('only the stretch between the common beginning and end, cut after 、 or 。, is tokenized', () => {
    const {tokenizer, seen} = spy()
    tokenDiff('当社は、前日までに通知します。なお、費用は契約者の負担とします。', '当社は、前日までに通知します。なお、費用は当社の負担とします。', tokenizer)
    expect(seen).toEqual(['費用は契約者の負担とします。', '費用は当社の負担とします。'])
  })

  test('an insertion right after a 、 lands there', () => {
    const a = '当社は、通知します。'
    const b = '当社は、速やかに通知します。'
    const diff = tokenDiff(a, b, fakeTokenizer)
    expect(diff.hunks).toHaveLength(1)
    expect(diff.hunks[0].old).toMatchObject({from: 4, to: 4, text: ''})
    expect(diff.hunks[0].new).toMatchObject({from: 4, to: 8, text: '速やかに'})
  })

  test('a pair beyond the edit bound is one rewritten change', () => {
    const a = '本サービスの料金は毎月末日に締め切ります。'
    const b = '契約者は請求書の到着後に支払うものとします。'
    const diff = tokenDiff(a, b, fakeTokenizer)
    expect(diff.rewritten).toBe(true)
    expect(diff.runs.map((r) => r.op)).toEqual(['removed', 'added'])
    expect(diff.hunks[0].old.text).toBe(a)
    expect(editBound(3, 3)).toBe(12)
    expect(editBound(40, 50)).toBe(54)
  })
})

test('charDiff marks the characters that differ, needing no tokenizer', () => {
  const diff = charDiff('破産の申し立てを受けたとき', '破産の申立てを受けたとき')
  expect(diff.hunks.map((h) => [h.old.text, h.new.text])).toEqual([['し', '']])
  expect(diff.rewritten).toBe(false)
})
