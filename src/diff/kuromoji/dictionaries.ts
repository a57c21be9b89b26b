// kuromoji's dictionaries built from the inflated files in place: typed arrays view the
// files' bytes, and the target map is read on demand (target-map.ts). The objects are made
// without their constructors, which would first allocate 40 MB of empty buffers.
import {createRequire} from 'node:module'
import type {Files, LazyBytes} from './files.js'
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

  const trie = (kuromojiRequire('doublearray') as {load(base: Int32Array, check: Int32Array): unknown}).load(view(Int32Array, files['base.dat'], 4), view(Int32Array, files['check.dat'], 4))
  const tokens = bare(load('dict/TokenInfoDictionary'))
  tokens.dictionary = new ByteBuffer(files['tid.dat'])
  const features = files['tid_pos.dat']
  tokens.pos_buffer = features instanceof Uint8Array ? new ByteBuffer(features) : lazyStrings(features, ByteBuffer)
  tokens.target_map = targetMap(files['tid_map.dat'])
  const costs = bare(load('dict/ConnectionCosts'))
  costs.loadConnectionCosts(view(Int16Array, files['cc.dat'], 2))
  const unknown = bare(load('dict/UnknownDictionary'))
  unknown.loadUnknownDictionaries(
    files['unk.dat'],
    files['unk_pos.dat'],
    files['unk_map.dat'],
    files['unk_char.dat'],
    view(Uint32Array, files['unk_compat.dat'], 4),
    files['unk_invoke.dat']
  )
  return new (load('dict/DynamicDictionaries'))(trie, tokens, costs, unknown)
}

/**
 * The one reading kuromoji makes of the features buffer, getString(offset), over bytes read
 * on demand: the bytes up to the terminating zero, decoded by kuromoji's own ByteBuffer.
 */
function lazyStrings(bytes: LazyBytes, ByteBuffer: Constructor): {getString(index: number): string} {
  return {
    getString(index) {
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
      const joined = new Uint8Array(length + 1)
      let offset = 0
      for (const part of parts) {
        joined.set(part, offset)
        offset += part.length
      }
      return (new ByteBuffer(joined) as unknown as {getString(index: number): string}).getString(0)
    }
  }
}
