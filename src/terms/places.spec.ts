import {describe, expect, it} from 'vitest'
import {pointFinder} from '../parse/lines.js'
import {placeFinder} from './places.js'

describe('placeFinder', () => {
  const texts = ['第1条\n本文\n\n第2条 次\n', 'one line', '\n\nx\n', 'a\r\nb\rc\nd', '']
  for (const text of texts) {
    it(`answers as pointFinder for ${JSON.stringify(text)}, in order and out of order`, () => {
      const offsets = Array.from({length: text.length + 2}, (_, i) => i)
      const mixed = [...offsets, ...offsets.slice().reverse(), 3, 0, text.length]
      const find = placeFinder(text)
      expect(mixed.map(find)).toEqual(mixed.map(pointFinder(text)))
    })
  }
})
