// Bytes of a dictionary file either in memory or read a block at a time on demand (from
// the cache, each block checked when read), with the few readings kuromoji makes of them:
// 32- and 16-bit integers at an index, and zero-terminated strings.

/** Bytes read on demand, a block at a time. */
export interface LazyBytes {
  length: number
  blockSize: number
  /** block k of the bytes (the last one may be shorter) */
  block(k: number): Uint8Array
}

export type Bytes = Uint8Array | LazyBytes

/** A reader of little-endian integers (as kuromoji's typed arrays read them) over lazy bytes. */
export function integers(bytes: LazyBytes) {
  const int32 = new Map<number, Int32Array>()
  const int16 = new Map<number, Int16Array>()
  const view = <T>(cache: Map<number, T>, k: number, make: (block: Uint8Array) => T): T => {
    let typed = cache.get(k)
    if (!typed) cache.set(k, (typed = make(bytes.block(k))))
    return typed
  }
  const per = bytes.blockSize
  return {
    /** int32 number `index` (the bytes hold length / 4) */
    int32(index: number): number {
      const at = index * 4
      return view(int32, Math.floor(at / per), (b) => new Int32Array(b.buffer, b.byteOffset, b.byteLength >> 2))[(at % per) >> 2]
    },
    /** int16 number `index` */
    int16(index: number): number {
      const at = index * 2
      return view(int16, Math.floor(at / per), (b) => new Int16Array(b.buffer, b.byteOffset, b.byteLength >> 1))[(at % per) >> 1]
    },
    /** byte at `at` */
    byte(at: number): number {
      return bytes.block(Math.floor(at / per))[at % per]
    }
  }
}

/** The bytes from `index` up to (not including) the next zero or the end. */
export function zeroTerminated(bytes: LazyBytes, index: number): Uint8Array {
  const parts: Uint8Array[] = []
  let length = 0
  for (let at = index; at < bytes.length; ) {
    const k = Math.floor(at / bytes.blockSize)
    const block = bytes.block(k).subarray(at - k * bytes.blockSize)
    const end = block.indexOf(0)
    const part = end === -1 ? block : block.subarray(0, end)
    parts.push(part)
    length += part.length
    if (end !== -1) break
    at += block.length
  }
  const joined = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}
