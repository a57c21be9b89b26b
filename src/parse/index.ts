// The parser: decoded text → clause tree, with diagnostics as vfile messages.
import {VFile} from 'vfile'
import {build} from './build.js'
import type {Lang} from './messages.js'
import type {Document} from './types.js'

export type * from './types.js'
export type {Lang} from './messages.js'
export {toText, ownText, bodyText, leaves} from './text.js'
export {foldWidth, readNumeral, readLabel, headingNumber, articleLabel, compareNumbers, compact, compactWithMap} from './normalize.js'
export {readVersion} from './meta.js'
export * from './decode.js'

export interface ParseOptions {
  lang?: Lang
  /** shown in diagnostics */
  path?: string
}

/** Parses decoded text (or a vfile holding it) into a clause tree; never throws on content. */
export function parse(input: string | VFile, options: ParseOptions = {}): {tree: Document; file: VFile} {
  const file = typeof input === 'string' ? new VFile({value: input, path: options.path}) : input
  const text = String(file.value ?? '')
  const tree = build(text, file, options.lang ?? 'ja')
  return {tree, file}
}
