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

describe('align: pairing by score, step by step', () => {
  test('a pair below the threshold adds nothing to a path: the one pair above it stands', () => {
    // A–X and B–Y are just below the threshold; counting them would beat A–Y and pair nothing.
    const rows = align(['A', 'B'], ['X', 'Y'], {key: (x) => x, similarity: table({AX: 0.45, BY: 0.45, AY: 0.8}), threshold: 0.5})
    expect(rows).toEqual([
      {new: 0, exact: false, moved: false},
      {old: 0, new: 1, exact: false, moved: false},
      {old: 1, exact: false, moved: false}
    ])
  })

  test('nothing alike pairs nothing, not even at similarity 0', () => {
    expect(align(['p', 'q'], ['r', 's'], {key: (x) => x, similarity: () => 0, threshold: 0.5})).toEqual([
      {old: 0, exact: false, moved: false},
      {old: 1, exact: false, moved: false},
      {new: 0, exact: false, moved: false},
      {new: 1, exact: false, moved: false}
    ])
  })

  test('the first old item pairs when the second is like nothing', () => {
    expect(align(['A', 'B'], ['X'], {key: (x) => x, similarity: table({AX: 0.9}), threshold: 0.5})).toEqual([
      {old: 0, new: 0, exact: false, moved: false},
      {old: 1, exact: false, moved: false}
    ])
  })

  test('leftovers are not paired one to one once anything in the run paired by score', () => {
    expect(align(['p', 'q', 'r'], ['x', 'y', 'z'], {key: (x) => x, similarity: table({px: 0.9}), threshold: 0.5, pairLeftovers: true})).toEqual([
      {old: 0, new: 0, exact: false, moved: false},
      {old: 1, exact: false, moved: false},
      {old: 2, exact: false, moved: false},
      {new: 1, exact: false, moved: false},
      {new: 2, exact: false, moved: false}
    ])
  })

  test('a short run is paired by total similarity, even where its keys agree without numerals', () => {
    const rows = align(['x1', 'y1'], ['y2', 'x2'], {key: (x) => x, similarity: table({x1x2: 0.6, y1y2: 0.6, x1y2: 0.9, y1x2: 0.9}), threshold: 0.5})
    expect(rows).toEqual([
      {old: 0, new: 0, exact: false, moved: false},
      {old: 1, new: 1, exact: false, moved: false}
    ])
  })
})

describe('align: an item paired in order is not also moved', () => {
  const options = {key: (x: string) => x, threshold: 0.5, moveThreshold: 0.75}

  test('an old item paired in its run is not moved to a like item added elsewhere', () => {
    const rows = align(['s', 'A', 't', 'u'], ['s', 'X', 't', 'u', 'Z'], {...options, similarity: table({AX: 0.9, AZ: 0.95})})
    expect(rows).toEqual([
      {old: 0, new: 0, exact: true, moved: false},
      {old: 1, new: 1, exact: false, moved: false},
      {old: 2, new: 2, exact: true, moved: false},
      {old: 3, new: 3, exact: true, moved: false},
      {new: 4, exact: false, moved: false}
    ])
  })

  test('a new item paired in its run does not take a like item removed elsewhere', () => {
    const rows = align(['s', 'A', 't', 'u', 'W'], ['s', 'X', 't', 'u'], {...options, similarity: table({AX: 0.9, WX: 0.95})})
    expect(rows).toEqual([
      {old: 0, new: 0, exact: true, moved: false},
      {old: 1, new: 1, exact: false, moved: false},
      {old: 2, new: 2, exact: true, moved: false},
      {old: 3, new: 3, exact: true, moved: false},
      {old: 4, exact: false, moved: false}
    ])
  })
})

describe('align: long runs', () => {
  const n = 450
  test('a long run cut at the items whose keys agree without numerals: those removed between stay removed', () => {
    // 45 old items (x…) have no counterpart; every other old a… pairs in order with the next new a…, at the threshold itself.
    const olds = Array.from({length: n}, (_, k) => (k % 10 === 5 ? `x${k}` : `a${k}`))
    const news = Array.from({length: n}, (_, k) => `a${k + 1000}`)
    const similarity = (a: string, b: string) => (a[0] === 'a' && b[0] === 'a' ? 0.5 : 0)
    const expected: Array<Record<string, unknown>> = []
    let j = 0
    for (let k = 0; k < n; k++) expected.push(k % 10 === 5 ? {old: k, exact: false, moved: false} : {old: k, new: j++, exact: false, moved: false})
    for (; j < n; j++) expected.push({new: j, exact: false, moved: false})
    expect(align(olds, news, {key: (x) => x, similarity, threshold: 0.5})).toEqual(expected)
  })

  test('a long run with no anchor at all is paired stretch by stretch', () => {
    const olds = Array.from({length: n}, (_, k) => `old ${k}`)
    const news = Array.from({length: n}, (_, k) => `new ${k}`)
    const similarity = (a: string, b: string) => (a.slice(4) === b.slice(4) ? 0.9 : 0)
    expect(align(olds, news, {key: (x) => x, similarity, threshold: 0.5})).toEqual(Array.from({length: n}, (_, k) => ({old: k, new: k, exact: false, moved: false})))
  })

  test('too many leftovers to compare each with each: moves among those whose keys agree without numerals, in order', () => {
    const olds = Array.from({length: n}, (_, k) => `p${k}`)
    const news = Array.from({length: n}, (_, k) => `p${k + 1000}`)
    // alike enough to move, not to pair in order
    const similarity = (a: string, b: string) => (Number(b.slice(1)) - Number(a.slice(1)) === 1000 ? 0.6 : 0.55)
    const rows = align(olds, news, {key: (x) => x, similarity, threshold: 0.8, moveThreshold: 0.5})
    expect(rows).toEqual(Array.from({length: n}, (_, k) => ({old: k, new: k, exact: false, moved: true})))
  })
})

describe('align: an item moved unchanged past items changed a little', () => {
  test('the moved item moves; the items it passed stay in order, not moved', () => {
    // old A B C D E → new A E B' C' D': E moved to the front as it was, B C D reworded
    const similarity = table({BX: 0.9, CY: 0.9, DZ: 0.9})
    const rows = align(['A', 'B', 'C', 'D', 'E'], ['A', 'E', 'X', 'Y', 'Z'], {key: (x) => x, similarity, threshold: 0.5, moveThreshold: 0.5})
    expect(rows.filter((row) => row.old !== undefined && row.new !== undefined).map((row) => [row.old, row.new, row.moved, row.exact])).toEqual([
      [0, 0, false, true],
      [4, 1, true, true],
      [1, 2, false, false],
      [2, 3, false, false],
      [3, 4, false, false]
    ])
  })

  test('a block between a removal and an addition of unlike items still anchors', () => {
    const rows = align(['A', 'B', 'C'], ['A', 'C', 'D'], {key: (x) => x, similarity: table({}), threshold: 0.5, moveThreshold: 0.5})
    expect(rows.map((row) => [row.old, row.new, row.moved])).toEqual([
      [0, 0, false],
      [1, undefined, false],
      [2, 1, false],
      [undefined, 2, false]
    ])
  })
})
