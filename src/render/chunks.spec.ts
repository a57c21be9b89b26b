import {expect, test} from 'vitest'
import {chunked, endLines} from './chunks.js'

test('chunks hold the pieces in order, each of at least 16k characters but the last', () => {
  const pieces = Array.from({length: 5000}, (_, k) => `第${k + 1}条　本文です。`)
  const chunks = [...chunked(pieces)]
  const total = pieces.join('')
  expect(total.length).toBeGreaterThan(3 << 14)
  expect(chunks.join('')).toBe(total)
  // a chunk closes with the piece that brings it to 16k (a piece here is under 20 characters)
  for (const chunk of chunks.slice(0, -1)) expect(chunk.length - (1 << 14)).toBeGreaterThanOrEqual(0)
  for (const chunk of chunks) expect(chunk.length).toBeLessThan((1 << 14) + 20)
})

test('no pieces, no chunks; lines end in a newline each, as join plus a final newline', () => {
  expect([...chunked([])]).toEqual([])
  expect([...chunked(endLines(['a', '', 'b']))].join('')).toBe(['a', '', 'b'].join('\n') + '\n')
})
