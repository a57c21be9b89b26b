// Bytes of a dictionary file either in memory or filled in on demand: the whole file's
// memory is set aside at once (untouched pages cost nothing), and each block is read into
// its place (from the cache, checked) the first time something in it is needed. Typed
// arrays over it are made once, as over a file read whole.

/** A file filled in on demand. */
export interface LazyBytes {
  /** the whole file; only what ensure() covered is valid */
  bytes: Uint8Array
  length: number
  /** make the bytes [from, to) valid */
  ensure(from: number, to: number): void
}

export type Bytes = Uint8Array | LazyBytes

const blockSize = 4096

/**
 * A lazy file of `length` bytes. `read` fills block k into its target and says whether it
 * was read whole and checked; after a failure `fallback` gives the whole file, used from then on.
 */
export function lazyFile(length: number, read: (k: number, target: Uint8Array) => boolean, fallback: () => Uint8Array): LazyBytes {
  // Room for whole 4-byte integers past the end, as in memory.
  const bytes = new Uint8Array(Math.ceil(length / blockSize) * blockSize).subarray(0, length)
  const loaded = new Uint8Array(Math.ceil(length / blockSize))
  let whole = false
  return {
    bytes,
    length,
    ensure(from, to) {
      if (whole) return
      const last = Math.min(loaded.length - 1, Math.floor((Math.min(to, length) - 1) / blockSize))
      for (let k = Math.floor(from / blockSize); k <= last; k++) {
        if (loaded[k]) continue
        if (!read(k, bytes.subarray(k * blockSize, Math.min(length, (k + 1) * blockSize)))) {
          bytes.set(fallback().subarray(0, length))
          whole = true
          return
        }
        loaded[k] = 1
      }
    }
  }
}

export const lazyBlockSize = blockSize
