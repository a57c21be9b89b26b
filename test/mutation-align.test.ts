// align.ts where pairings compete: two moved items wanting one place (the more similar wins,
// on a tie the one that came first), a move with the same key (exact), a run paired by the
// greatest total rather than greedily, thresholds met exactly, and leftovers paired one to one.
import {describe, expect, test} from 'vitest'
import {align} from '../src/diff/align.js'

const table = (pairs: Record<string, number>) => (a: string, b: string) => pairs[`${a}${b}`] ?? (a === b ? 1 : 0)

describe('align: competing pairings', () => {
  const olds = ['s', 'P', 'Q', 't', 'u']
  const news = ['s', 't', 'u', 'R']

  test('two removed items alike to one added far away: the more similar moves, the other is removed', () => {
    const rows = align(olds, news, {key: (x) => x, similarity: table({PR: 0.8, QR: 0.9}), threshold: 0.5, moveThreshold: 0.75})
    expect(rows).toEqual([
      {old: 0, new: 0, exact: true, moved: false},
      {old: 1, exact: false, moved: false},
      {old: 3, new: 1, exact: true, moved: false},
      {old: 4, new: 2, exact: true, moved: false},
      {old: 2, new: 3, exact: false, moved: true}
    ])
  })

  test('on equal similarity the one that came first moves', () => {
    const rows = align(olds, news, {key: (x) => x, similarity: table({PR: 0.9, QR: 0.9}), threshold: 0.5, moveThreshold: 0.75})
    expect(rows.filter((r) => r.moved)).toEqual([{old: 1, new: 3, exact: false, moved: true}])
    expect(rows.filter((r) => r.new === undefined)).toEqual([{old: 2, exact: false, moved: false}])
  })

  test('a move is taken at the threshold itself, not below it', () => {
    const at = align(olds, news, {key: (x) => x, similarity: table({PR: 0.75}), threshold: 0.5, moveThreshold: 0.75})
    expect(at.filter((r) => r.moved)).toEqual([{old: 1, new: 3, exact: false, moved: true}])
    const below = align(olds, news, {key: (x) => x, similarity: table({PR: 0.74}), threshold: 0.5, moveThreshold: 0.75})
    expect(below.filter((r) => r.moved)).toEqual([])
  })

  test('an item moved unchanged is exact, whatever the similarity says', () => {
    const rows = align(['a', 'M', 'b', 'c'], ['a', 'b', 'c', 'M'], {key: (x) => x, similarity: () => 0, threshold: 0.5, moveThreshold: 0.75})
    expect(rows).toEqual([
      {old: 0, new: 0, exact: true, moved: false},
      {old: 2, new: 1, exact: true, moved: false},
      {old: 3, new: 2, exact: true, moved: false},
      {old: 1, new: 3, exact: true, moved: true}
    ])
  })
})

describe('align: a run paired in order', () => {
  test('the greatest total wins over the greedy first choice', () => {
    // Greedy would pair A with X (0.9) and leave B alone; the best total pairs A–W and B–X.
    const similarity = table({AW: 0.6, AX: 0.9, BX: 0.8})
    const rows = align(['A', 'B'], ['W', 'X'], {key: (x) => x, similarity, threshold: 0.5})
    expect(rows).toEqual([
      {old: 0, new: 0, exact: false, moved: false},
      {old: 1, new: 1, exact: false, moved: false}
    ])
  })

  test('a pair exactly at the threshold pairs; just below it does not', () => {
    expect(align(['A'], ['W'], {key: (x) => x, similarity: () => 0.5, threshold: 0.5})).toEqual([{old: 0, new: 0, exact: false, moved: false}])
    expect(align(['A'], ['W'], {key: (x) => x, similarity: () => 0.49, threshold: 0.5})).toEqual([
      {old: 0, exact: false, moved: false},
      {new: 0, exact: false, moved: false}
    ])
  })

  test('leftovers pair one to one only when both sides have as many and nothing paired by score', () => {
    const options = {key: (x: string) => x, similarity: () => 0, threshold: 0.5, pairLeftovers: true}
    expect(align(['p', 'q'], ['r', 's'], options)).toEqual([
      {old: 0, new: 0, exact: false, moved: false},
      {old: 1, new: 1, exact: false, moved: false}
    ])
    expect(align(['p', 'q'], ['r'], options)).toEqual([
      {old: 0, exact: false, moved: false},
      {old: 1, exact: false, moved: false},
      {new: 0, exact: false, moved: false}
    ])
  })

  test('empty sides', () => {
    expect(align([], [], {key: (x: string) => x, similarity: () => 1, threshold: 0.5})).toEqual([])
    expect(align(['a'], [], {key: (x: string) => x, similarity: () => 1, threshold: 0.5})).toEqual([{old: 0, exact: false, moved: false}])
    expect(align([], ['a'], {key: (x: string) => x, similarity: () => 1, threshold: 0.5})).toEqual([{new: 0, exact: false, moved: false}])
  })
})
