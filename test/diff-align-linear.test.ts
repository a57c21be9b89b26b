// Alignment of long sequences stays linear: an item inserted at the top renumbers every
// reference after it (every key changes by a numeral), and a sequence where every item changed
// is paired stretch by stretch. Work is counted in similarity calls, not timed.
import {describe, expect, test} from 'vitest'
import {align} from '../src/diff/align.js'

const sameWords = (a: string, b: string) => {
  const strip = (s: string) => s.replace(/[0-9]+/g, '')
  return strip(a) === strip(b) ? 0.9 : 0
}

function counted(similarity: (a: string, b: string) => number) {
  const counter = {calls: 0}
  return {counter, similarity: (a: string, b: string) => (counter.calls++, similarity(a, b))}
}

describe('align on long sequences', () => {
  test('one item inserted at the top: every old item pairs with the one after it, in linear work', () => {
    for (const n of [1000, 4000]) {
      const olds = Array.from({length: n}, (_, k) => `item ${k % 50} cites ${k + 2}`)
      const news = ['new item', ...Array.from({length: n}, (_, k) => `item ${k % 50} cites ${k + 3}`)]
      const {counter, similarity} = counted(sameWords)
      const rows = align(olds, news, {key: (x) => x, similarity, threshold: 0.5, moveThreshold: 0.75})
      expect(rows[0]).toEqual({new: 0, exact: false, moved: false})
      expect(rows.slice(1)).toEqual(Array.from({length: n}, (_, k) => ({old: k, new: k + 1, exact: false, moved: false})))
      expect(counter.calls).toBeLessThanOrEqual(2 * n)
    }
  })

  test('too many scattered changes for the key diff: unchanged items still pair as exact, changed ones by similarity', () => {
    const n = 2000
    const olds = Array.from({length: n}, (_, k) => `item ${k} cites ${k + 2}`)
    const news = Array.from({length: n}, (_, k) => (k % 2 === 0 ? `item ${k} cites ${k + 3}` : olds[k]))
    const {counter, similarity} = counted(sameWords)
    const rows = align(olds, news, {key: (x) => x, similarity, threshold: 0.5, moveThreshold: 0.75})
    expect(rows).toEqual(Array.from({length: n}, (_, k) => ({old: k, new: k, exact: k % 2 === 1, moved: false})))
    expect(counter.calls).toBe(n / 2)
  })

  test('nothing alike: every item stays unpaired, with work linear in the length', () => {
    const n = 3000
    const olds = Array.from({length: n}, (_, k) => `old ${k}`)
    const news = Array.from({length: n}, (_, k) => `new ${k} x`)
    const {counter, similarity} = counted(() => 0)
    const rows = align(olds, news, {key: (x) => x, similarity, threshold: 0.5, moveThreshold: 0.75})
    expect(rows.filter((r) => r.old !== undefined && r.new !== undefined)).toEqual([])
    expect(rows).toHaveLength(2 * n)
    expect(counter.calls).toBeLessThanOrEqual(2 * n * 400)
  })

  test('a short sequence is still paired by greatest total similarity', () => {
    const olds = ['a1', 'b1', 'c1']
    const news = ['b2', 'c2']
    const similarity = (a: string, b: string) => (a[0] === b[0] ? 0.8 : 0)
    const rows = align(olds, news, {key: (x) => x, similarity, threshold: 0.5})
    expect(rows).toEqual([
      {old: 0, exact: false, moved: false},
      {old: 1, new: 0, exact: false, moved: false},
      {old: 2, new: 1, exact: false, moved: false}
    ])
  })
})
