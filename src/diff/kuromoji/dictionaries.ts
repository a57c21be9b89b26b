// kuromoji's dictionaries built from the inflated files in place: typed arrays view the
// files' bytes, and the target map is read on demand (target-map.ts). The objects are made
// without their constructors, which would first allocate 40 MB of empty buffers.
import {createRequire} from 'node:module'
import type {FileName, Files} from './files.js'
import {integers, zeroTerminated, type Bytes, type LazyBytes} from './lazy.js'
import {targetMap} from './target-map.js'

interface Loadable {
  loadConnectionCosts(costs: Int16Array): void
  loadUnknownDictionaries(unk: Uint8Array, pos: Uint8Array, map: Uint8Array, chars: Uint8Array, compat: Uint32Array, invoke: Uint8Array): void
}

type Constructor = new (...args: unknown[]) => object

const require = createRequire(import.meta.url)
// doublearray is kuromoji's dependency, found from kuromoji's folder.
const kuromojiRequire = createRequire(require.resolve('kuromoji/package.json'))

export function dictionariesOf(files: Files): unknown {
  const load = (name: string) => require(`kuromoji/src/${name}`) as Constructor
  const ByteBuffer = load('util/ByteBuffer')
  const bare = (Type: Constructor) => Object.create(Type.prototype) as Loadable & Record<string, unknown>
  const view = <T>(Type: new (buffer: ArrayBuffer, offset: number, length: number) => T, bytes: Uint8Array, width: number): T =>
    new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / width)
  const eager = (name: FileName): Uint8Array => {
    const bytes = files[name]
    if (!(bytes instanceof Uint8Array)) throw new Error(`kuromoji: ${name} must be in memory`)
    return bytes
  }

  const base = files['base.dat']
  const check = files['check.dat']
  const doublearray = kuromojiRequire('doublearray') as {load(base: Int32Array, check: Int32Array): {bc: unknown}}
  let trie: {bc: unknown}
  if (base instanceof Uint8Array && check instanceof Uint8Array) trie = doublearray.load(view(Int32Array, base, 4), view(Int32Array, check, 4))
  else {
    trie = doublearray.load(new Int32Array(2), new Int32Array(2))
    trie.bc = lazyTrie(base, check)
  }
  const tokens = bare(load('dict/TokenInfoDictionary'))
  const table = files['tid.dat']
  tokens.dictionary = table instanceof Uint8Array ? new ByteBuffer(table) : lazyByteBuffer(table)
  const features = files['tid_pos.dat']
  tokens.pos_buffer = features instanceof Uint8Array ? new ByteBuffer(features) : lazyStrings(features, ByteBuffer)
  tokens.target_map = targetMap(eager('tid_map.dat'))
  const costs = bare(load('dict/ConnectionCosts'))
  const matrix = files['cc.dat']
  if (matrix instanceof Uint8Array) costs.loadConnectionCosts(view(Int16Array, matrix, 2))
  else lazyCosts(costs, matrix)
  const unknown = bare(load('dict/UnknownDictionary'))
  unknown.loadUnknownDictionaries(
    eager('unk.dat'),
    eager('unk_pos.dat'),
    eager('unk_map.dat'),
    eager('unk_char.dat'),
    view(Uint32Array, eager('unk_compat.dat'), 4),
    eager('unk_invoke.dat')
  )
  return new (load('dict/DynamicDictionaries'))(trie, tokens, costs, unknown)
}

/** doublearray's base-and-check store, read on demand: the lookups use getBase and getCheck only. */
function lazyTrie(base: Bytes, check: Bytes) {
  const bases = integers(asLazy(base))
  const checks = integers(asLazy(check))
  const baseLength = base.length >> 2
  const checkLength = check.length >> 2
  // Past the end, the values doublearray gives for unused nodes.
  return {
    getBase: (index: number) => (index > baseLength - 1 ? -index + 1 : bases.int32(index)),
    getCheck: (index: number) => (index > checkLength - 1 ? -index - 1 : checks.int32(index)),
    size: () => Math.max(baseLength, checkLength)
  }
}

/** The readings kuromoji makes of the token table: getShort and getInt at an offset (0 past the end). */
function lazyByteBuffer(bytes: LazyBytes) {
  const reader = integers(bytes)
  const byte = (at: number) => reader.byte(at)
  return {
    getShort(index: number): number {
      if (bytes.length < index + 2) return 0
      const value = (byte(index + 1) << 8) + byte(index)
      return value & 0x8000 ? -((value - 1) ^ 0xffff) : value
    },
    getInt(index: number): number {
      if (bytes.length < index + 4) return 0
      return (byte(index + 3) << 24) + (byte(index + 2) << 16) + (byte(index + 1) << 8) + byte(index)
    }
  }
}

/** The connection costs read on demand: the matrix's dimensions first, then get(forward, backward). */
function lazyCosts(costs: Record<string, unknown>, bytes: LazyBytes): void {
  const reader = integers(bytes)
  const count = bytes.length >> 1
  costs.forward_dimension = reader.int16(0)
  costs.backward_dimension = reader.int16(1)
  costs.get = (forward: number, backward: number) => {
    const index = forward * (costs.backward_dimension as number) + backward + 2
    if (count < index + 1) throw new Error('ConnectionCosts buffer overflow')
    return reader.int16(index)
  }
}

const asLazy = (bytes: Bytes): LazyBytes =>
  bytes instanceof Uint8Array ? {length: bytes.length, blockSize: bytes.length || 1, block: () => bytes} : bytes

/**
 * The one reading kuromoji makes of the features buffer, getString(offset), over bytes read
 * on demand: the bytes up to the terminating zero, decoded by kuromoji's own ByteBuffer.
 */
function lazyStrings(bytes: LazyBytes, ByteBuffer: Constructor): {getString(index: number): string} {
  return {
    getString(index) {
      const text = zeroTerminated(bytes, index)
      const terminated = new Uint8Array(text.length + 1)
      terminated.set(text)
      return (new ByteBuffer(terminated) as unknown as {getString(index: number): string}).getString(0)
    }
  }
}
