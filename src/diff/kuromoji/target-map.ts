// kuromoji's target map (trie id → token info ids) read in place. kuromoji's own loader
// turns the 4 MB file into an object of ~400k arrays, the slowest part of its start and a
// large share of its memory. Here the records are found through an index of every 16th
// record's key and place (made once, kept in the cache), and each lookup reads the ids
// from the file, giving what kuromoji would have stored.
import type {Bytes, LazyBytes} from './lazy.js'
import {lastBefore} from '../../parse/search.js'

const stride = 16

/**
 * The index: (key, place in int32s) of every 16th record with ids, or undefined when the
 * keys are not in strictly rising order (then the map is made whole, as kuromoji makes it).
 */
export function targetIndex(bytes: Uint8Array): Int32Array | undefined {
  // Little-endian int32s: a key count, then records (key, n, n ids); zero padding reads
  // as records without ids, which add nothing (as in kuromoji's loop).
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2)
  const index: number[] = []
  let records = 0
  let last = -Infinity
  for (let at = 1; at + 1 < ints.length; at += 2 + Math.max(0, ints[at + 1])) {
    if (ints[at + 1] <= 0) continue
    if (ints[at] <= last) return undefined
    last = ints[at]
    if (records++ % stride === 0) index.push(ints[at], at)
  }
  return Int32Array.from(index)
}

/** An object whose property `key` is the list of ids stored for key, like kuromoji's. */
export function targetMap(file: Bytes, index: Int32Array | undefined): Record<number, number[]> {
  const lazy: LazyBytes = file instanceof Uint8Array ? {bytes: file, length: file.length, ensure: () => undefined} : file
  if (!index) {
    lazy.ensure(0, lazy.length)
    return wholeMap(lazy.bytes)
  }
  const ints = new Int32Array(lazy.bytes.buffer, lazy.bytes.byteOffset, lazy.length >> 2)
  const read = (at: number) => {
    lazy.ensure(at * 4, at * 4 + 4)
    return at < ints.length ? ints[at] : 0
  }
  const entries = index.length >> 1
  const find = (key: number): number[] | undefined => {
    // The last indexed record at or before the key, then at most `stride` records on.
    const low = lastBefore(entries, (i) => index[2 * i] <= key)
    if (low === -1) return undefined
    for (let at = index[2 * low + 1], seen = 0; at + 1 < ints.length && seen <= stride; ) {
      const count = read(at + 1)
      if (count > 0) {
        const found = read(at)
        if (found === key) {
          lazy.ensure(at * 4 + 8, (at + 2 + count) * 4)
          return Array.from(ints.subarray(at + 2, at + 2 + count))
        }
        if (found > key) return undefined
        seen++
      }
      at += 2 + Math.max(0, count)
    }
    return undefined
  }
  return new Proxy({} as Record<number, number[]>, {
    get: (_target, property) => (typeof property === 'string' ? find(Number(property)) : undefined)
  })
}

/** The map as kuromoji's loader makes it, for a file whose keys are out of order. */
function wholeMap(bytes: Uint8Array): Record<number, number[]> {
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2)
  const map: Record<number, number[]> = {}
  for (let at = 1; at + 1 < ints.length; at += 2 + Math.max(0, ints[at + 1])) {
    for (let k = 0; k < ints[at + 1]; k++) (map[ints[at]] ??= []).push(ints[at + 2 + k])
  }
  return map
}
