// The dictionary files kuromoji ships (gzipped, under kuromoji/dict) and reading them
// from the package: inflated once each, the zero padding at the end of the byte-buffer
// files cut off (kuromoji reads past the end of such a buffer as zeros, so nothing changes).
import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import type {Bytes} from './lazy.js'

export const fileNames = [
  'base.dat',
  'check.dat',
  'tid.dat',
  'tid_pos.dat',
  'tid_map.dat',
  'cc.dat',
  'unk.dat',
  'unk_pos.dat',
  'unk_map.dat',
  'unk_char.dat',
  'unk_compat.dat',
  'unk_invoke.dat'
] as const

export type FileName = (typeof fileNames)[number]

/** The files in memory or read on demand (lazy.ts), and the cache's index of the target map (target-map.ts). */
export type Files = Record<FileName, Bytes> & {targetIndex?: Int32Array}

// Read as byte buffers: past their end they read as 0, like their padding (unk_invoke's
// padding only adds unnamed character classes that nothing looks up).
const padded = new Set<FileName>(['tid.dat', 'tid_pos.dat', 'tid_map.dat', 'unk.dat', 'unk_pos.dat', 'unk_map.dat', 'unk_invoke.dat'])

const require = createRequire(import.meta.url)

export function packageDirectory(): string {
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict')
}

/** What the package's dictionary is: kuromoji's version and the size of each file; a cache made from another is not used. */
export function packageIdentity(directory = packageDirectory()): string {
  const version = (require('kuromoji/package.json') as {version: string}).version
  return `kuromoji ${version}: ${fileNames.map((name) => statSync(join(directory, `${name}.gz`)).size).join(' ')}`
}

/** The package's files, inflated. */
export function readPackageFiles(directory = packageDirectory()): Record<FileName, Uint8Array> {
  const files = {} as Record<FileName, Uint8Array>
  for (const name of fileNames) files[name] = readPackageFile(name, directory)
  const length = trieLength(files['check.dat']) * 4
  files['base.dat'] = files['base.dat'].subarray(0, length)
  files['check.dat'] = files['check.dat'].subarray(0, length)
  return files
}

export function readPackageFile(name: FileName, directory = packageDirectory()): Uint8Array {
  let data: Uint8Array = gunzipSync(readFileSync(join(directory, `${name}.gz`)))
  // Typed arrays view the bytes in place, which needs aligned memory.
  if (data.byteOffset % 8 !== 0) data = new Uint8Array(data)
  return padded.has(name) ? data.subarray(0, usedLength(data)) : data
}

/**
 * How much of the trie's two arrays kuromoji uses: its loader cuts both after the last
 * used node but one (doublearray's shrink), and what lies beyond reads as unused anyway.
 */
function trieLength(check: Uint8Array): number {
  const words = new Int32Array(check.buffer, check.byteOffset, check.byteLength >> 2)
  let last = words.length - 1
  while (last >= 0 && words[last] < 0) last--
  return Math.min(words.length, last + 2)
}

/** The length up to the last non-zero byte, rounded up to whole 4-byte integers. */
function usedLength(data: Uint8Array): number {
  let end = data.length
  while (end > 0 && data[end - 1] === 0) end--
  return Math.min(data.length, (end + 3) & ~3)
}
