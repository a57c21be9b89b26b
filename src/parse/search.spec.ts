import {describe, expect, test} from 'vitest'
import {lastBefore} from './search.js'

describe('lastBefore', () => {
  const starts = [0, 4, 9, 9, 15]
  const at = (offset: number) => lastBefore(starts.length, (i) => starts[i] <= offset)

  test('the last entry at or before the value, ties to the later one', () => {
    expect([0, 3, 4, 8, 9, 14, 15, 99].map(at)).toEqual([0, 0, 1, 1, 3, 3, 4, 4])
  })

  test('-1 before the first entry and for an empty list', () => {
    expect(at(-1)).toBe(-1)
    expect(lastBefore(0, () => true)).toBe(-1)
  })

  test('agrees with a linear scan on every value', () => {
    const sorted = Array.from({length: 200}, (_, i) => Math.floor(i * 1.7))
    for (let value = -2; value < 360; value++) {
      let expected = -1
      for (let i = 0; i < sorted.length; i++) if (sorted[i] <= value) expected = i
      expect(lastBefore(sorted.length, (i) => sorted[i] <= value)).toBe(expected)
    }
  })
})
