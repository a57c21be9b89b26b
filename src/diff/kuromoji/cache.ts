// A verified cache of the inflated dictionary under the user's cache directory
// ($XDG_CACHE_HOME/yakkan or ~/.cache/yakkan), one file: a JSON header saying what it was
// made from and where each dictionary file lies, then the small files read at start (their
// size and checksum in the header, with the checksum of every block of the others and an
// index of the target map), then the large files (the trie, the token table, the features,
// the connection costs, the target map), each 4 kB block read and checked when the tokenizer
// first reaches it. Anything wrong with the cache (absent, another dictionary, cut short,
// altered) makes it unused; failing to write it is not an error. The file stays open while
// the tokenizer lives, for the blocks it has yet to read.
import {closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {homedir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileNames, readPackageFile, type FileName, type Files} from './files.js'
import {lazyBlockSize as blockSize, lazyFile} from './lazy.js'
import {targetIndex} from './target-map.js'

const format = 'yakkan-kuromoji-cache 4'
const lazyNames = new Set<FileName>(['base.dat', 'check.dat', 'tid.dat', 'tid_pos.dat', 'cc.dat', 'tid_map.dat'])

interface Header {
  format: string
  identity: string
  /** the part read at start: its size and checksum; the block checksums come last in it */
  eager: {size: number; checksum: string}
  /** offset and length of each file: in the eager part, or after it (lazy) with the index of its first block checksum */
  files: Partial<Record<FileName, [offset: number, length: number]>>
  lazy: Partial<Record<FileName, [offset: number, length: number, firstSum: number]>>
  lazySize: number
  blocks: number
  /** offset and length in the eager part of the target map's index */
  targetIndex: [offset: number, length: number]
}

/** The cache file for this user, from the environment. */
export function cachePath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'yakkan') : join(homedir(), '.cache', 'yakkan')
  return join(base, 'kuromoji-dict.bin')
}

// Each file starts on an 8-byte boundary, so typed arrays can view it in place.
const align = (n: number) => (n + 7) & ~7

/** The cached files, or undefined when the cache is missing or does not verify. */
export function readCache(path: string, identity: string): Files | undefined {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return undefined
  }
  const files = readOpen(fd, path, identity)
  if (!files) closeSync(fd)
  return files
}

function readOpen(fd: number, path: string, identity: string): Files | undefined {
  const read = (length: number, position: number): Buffer | undefined => {
    const bytes = Buffer.allocUnsafeSlow(length)
    return readSync(fd, bytes, 0, length, position) === length ? bytes : undefined
  }
  const size = statSync(path).size
  const lengthBytes = read(4, 0)
  if (!lengthBytes) return undefined
  const headerLength = lengthBytes.readUInt32LE(0)
  if (headerLength > size) return undefined
  let header: Header
  try {
    header = JSON.parse(read(headerLength, 4)?.toString('utf8') ?? '') as Header
  } catch {
    return undefined
  }
  const eagerStart = align(4 + headerLength)
  const lazyStart = eagerStart + header.eager?.size
  if (header.format !== format || header.identity !== identity || size !== lazyStart + header.lazySize) return undefined
  const eager = read(header.eager.size, eagerStart)
  if (!eager || hex(checksum(eager)) !== header.eager.checksum) return undefined
  const sums = new Uint32Array(eager.buffer, eager.byteOffset + header.eager.size - header.blocks * 8, header.blocks * 2)
  const files = {} as Files
  const indexPlace = header.targetIndex
  if (!indexPlace || indexPlace[0] % 8 !== 0 || indexPlace[0] + indexPlace[1] > header.eager.size) return undefined
  files.targetIndex = new Int32Array(eager.buffer, eager.byteOffset + indexPlace[0], indexPlace[1] >> 2)
  for (const name of fileNames) {
    const place = header.files?.[name]
    const lazy = header.lazy?.[name]
    if (place && place[0] % 8 === 0 && place[0] + place[1] <= header.eager.size) {
      files[name] = eager.subarray(place[0], place[0] + place[1])
    } else if (lazy && lazy[1] <= header.lazySize && lazy[2] + Math.ceil(lazy[1] / blockSize) <= header.blocks) {
      const [offset, length, firstSum] = lazy
      const check = (k: number, target: Uint8Array) => {
        if (readSync(fd, target, 0, target.length, lazyStart + offset + k * blockSize) !== target.length) return false
        const [a, b] = checksum(target)
        return a === sums[2 * (firstSum + k)] && b === sums[2 * (firstSum + k) + 1]
      }
      files[name] = lazyFile(length, check, () => {
        // A damaged block: the package's copy serves from here on, and the cache is made again next time.
        rmSync(path, {force: true})
        return readPackageFile(name)
      })
    } else {
      return undefined
    }
  }
  return files
}

/** Writes the cache (through a temporary file, so a reader never sees half of it); false when it cannot. */
export function writeCache(path: string, identity: string, files: Record<FileName, Uint8Array>): boolean {
  const index = targetIndex(files['tid_map.dat'])
  // Keys out of order: the map is made whole, so the cache is not worth its room.
  if (!index) return false
  const places: Header['files'] = {}
  const lazy: Header['lazy'] = {}
  let size = 0
  let lazySize = 0
  let blocks = 0
  for (const name of fileNames) {
    const length = files[name].length
    if (lazyNames.has(name)) {
      lazy[name] = [lazySize, length, blocks]
      lazySize = align(lazySize + length)
      blocks += Math.ceil(length / blockSize)
    } else {
      places[name] = [size, length]
      size = align(size + length)
    }
  }
  const indexPlace: [number, number] = [size, index.byteLength]
  size = align(size + index.byteLength)
  const eager = Buffer.alloc(size + blocks * 8)
  eager.set(new Uint8Array(index.buffer, index.byteOffset, index.byteLength), indexPlace[0])
  const rest = Buffer.alloc(lazySize)
  const sums = new Uint32Array(eager.buffer, eager.byteOffset + size, blocks * 2)
  for (const name of fileNames) {
    const bytes = files[name]
    const place = lazy[name]
    if (!place) {
      eager.set(bytes, places[name]![0])
      continue
    }
    rest.set(bytes, place[0])
    for (let k = 0; k * blockSize < bytes.length; k++) sums.set(checksum(bytes.subarray(k * blockSize, (k + 1) * blockSize)), 2 * (place[2] + k))
  }
  const header: Header = {format, identity, eager: {size: eager.length, checksum: hex(checksum(eager))}, files: places, lazy, lazySize, blocks, targetIndex: indexPlace}
  const json = Buffer.from(JSON.stringify(header))
  const head = Buffer.alloc(align(4 + json.length))
  head.writeUInt32LE(json.length, 0)
  json.copy(head, 4)
  const temporary = `${path}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(temporary, Buffer.concat([head, eager, rest]))
    renameSync(temporary, path)
    return true
  } catch {
    try {
      rmSync(temporary, {force: true})
    } catch {
      // nothing was written, or it cannot be removed either
    }
    return false
  }
}

const hex = ([a, b]: [number, number]) => a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')

/**
 * Two 32-bit multiply-xor lanes over the words: it catches a cut, a flipped bit or a stale
 * file as surely as SHA-1 does for this purpose (damage, not tampering: whoever can write
 * the user's cache can write their code), in a fraction of SHA-1's time here.
 */
export function checksum(bytes: Uint8Array): [number, number] {
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2)
  let a = 0x811c9dc5 | 0
  let b = bytes.length | 0
  for (let k = 0; k < words.length; k++) {
    const word = words[k]
    a = Math.imul(a ^ word, 0x01000193)
    b = Math.imul(b ^ word ^ (b >>> 15), 0x5bd1e995)
  }
  for (let k = words.length << 2; k < bytes.length; k++) a = Math.imul(a ^ bytes[k], 0x01000193)
  return [a >>> 0, b >>> 0]
}
