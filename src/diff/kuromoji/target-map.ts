// kuromoji's target map (trie id → token info ids) read in place. kuromoji's own loader
// turns the 4 MB file into an object of ~400k arrays, the slowest part of its start and a
// large share of its memory; one pass to index the records is enough, and each lookup
// reads the ids from the file, giving what kuromoji would have stored.

/** An object whose property `key` is the list of ids stored for key, like kuromoji's. */
export function targetMap(bytes: Uint8Array): Record<number, number[]> {
  // Little-endian int32s: a key count, then records (key, n, n ids); zero padding reads
  // as records without ids, which add nothing (as in kuromoji's loop).
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2)
  const keys = new Int32Array(Math.max(0, ints[0] ?? 0))
  const starts = new Int32Array(keys.length)
  // Records out of key order or repeated (none in the shipped dictionary) are merged the way kuromoji merges them.
  const others = new Map<number, number[]>()
  let used = 0
  for (let at = 1; at + 1 < ints.length; ) {
    const key = ints[at]
    const count = ints[at + 1]
    if (count > 0) {
      if (used < keys.length && (used === 0 || key > keys[used - 1])) {
        keys[used] = key
        starts[used++] = at
      } else {
        others.set(key, [...(others.get(key) ?? []), ...ints.subarray(at + 2, at + 2 + count)])
      }
    }
    at += 2 + Math.max(0, count)
  }
  const find = (key: number): number[] | undefined => {
    let low = 0
    let high = used - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const value = keys[mid]
      if (value < key) low = mid + 1
      else if (value > key) high = mid - 1
      else {
        const at = starts[mid]
        const ids = Array.from(ints.subarray(at + 2, at + 2 + ints[at + 1]))
        const more = others.get(key)
        return more ? ids.concat(more) : ids
      }
    }
    return others.get(key)
  }
  return new Proxy({} as Record<number, number[]>, {
    get: (_target, property) => (typeof property === 'string' ? find(Number(property)) : undefined)
  })
}
