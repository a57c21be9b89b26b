// kuromoji's dictionaries built from the inflated files in place: typed arrays view the
// files' bytes, and the target map is read on demand (target-map.ts). The objects are made
// without their constructors, which would first allocate 40 MB of empty buffers.
import {createRequire} from 'node:module'
import type {FileName, Files} from './files.js'
import type {Bytes, LazyBytes} from './lazy.js'
import {targetIndex, targetMap} from './target-map.js'

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
    trie.bc = lazyTrie(asLazy(base), asLazy(check))
  }
  const tokens = bare(load('dict/TokenInfoDictionary'))
  const table = files['tid.dat']
  tokens.dictionary = table instanceof Uint8Array ? new ByteBuffer(table) : lazyTable(table, ByteBuffer)
  const features = files['tid_pos.dat']
  tokens.pos_buffer = features instanceof Uint8Array ? new ByteBuffer(features) : lazyStrings(features, ByteBuffer)
  const targets = files['tid_map.dat']
  tokens.target_map = targetMap(targets, files.targetIndex ?? (targets instanceof Uint8Array ? targetIndex(targets) : undefined))
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

/** doublearray's base-and-check store over files filled in on demand: its lookups use getBase and getCheck only. */
function lazyTrie(base: LazyBytes, check: LazyBytes) {
  const bases = new Int32Array(base.bytes.buffer, base.bytes.byteOffset, base.length >> 2)
  const checks = new Int32Array(check.bytes.buffer, check.bytes.byteOffset, check.length >> 2)
  // Past the end, the values doublearray gives for unused nodes.
  return {
    getBase(index: number): number {
      if (index > bases.length - 1) return -index + 1
      base.ensure(index * 4, index * 4 + 4)
      return bases[index]
    },
    getCheck(index: number): number {
      if (index > checks.length - 1) return -index - 1
      check.ensure(index * 4, index * 4 + 4)
      return checks[index]
    },
    size: () => Math.max(bases.length, checks.length)
  }
}

interface ByteReader {
  getShort(index: number): number
  getInt(index: number): number
  getString(index: number): string
}

/** kuromoji's own ByteBuffer over the token table, each reading first filled in. */
function lazyTable(table: LazyBytes, ByteBuffer: Constructor): Pick<ByteReader, 'getShort' | 'getInt'> {
  const buffer = new ByteBuffer(table.bytes) as unknown as ByteReader
  return {
    getShort(index) {
      table.ensure(index, index + 2)
      return buffer.getShort(index)
    },
    getInt(index) {
      table.ensure(index, index + 4)
      return buffer.getInt(index)
    }
  }
}

/** kuromoji's own getString over the features, the bytes up to the terminating zero filled in first. */
function lazyStrings(features: LazyBytes, ByteBuffer: Constructor): Pick<ByteReader, 'getString'> {
  const buffer = new ByteBuffer(features.bytes) as unknown as ByteReader
  return {
    getString(index) {
      for (let at = index; at < features.length; at++) {
        features.ensure(at, at + 1)
        if (features.bytes[at] === 0) break
      }
      return buffer.getString(index)
    }
  }
}

/** The connection costs over a file filled in on demand: kuromoji's get, each cost filled in first. */
function lazyCosts(costs: Loadable & Record<string, unknown>, matrix: LazyBytes): void {
  matrix.ensure(0, 4)
  costs.loadConnectionCosts(new Int16Array(matrix.bytes.buffer, matrix.bytes.byteOffset, matrix.length >> 1))
  const get = costs.get as (forward: number, backward: number) => number
  const columns = costs.backward_dimension as number
  costs.get = (forward: number, backward: number) => {
    const index = forward * columns + backward + 2
    matrix.ensure(index * 2, index * 2 + 2)
    return get.call(costs, forward, backward)
  }
}

const asLazy = (bytes: Bytes): LazyBytes => (bytes instanceof Uint8Array ? {bytes, length: bytes.length, ensure: () => undefined} : bytes)
