// Word tokens for the token diff, from the morphological analyser kuromoji. Its dictionary
// (100 MB inflated) is read once per process, on first use, and only the diff (and amend)
// ever asks for it: from the user's verified cache of the inflated files when there is
// one, else from the package's gzipped files, writing the cache for the next run.
import {createRequire} from 'node:module'
import type {IpadicFeatures, Tokenizer as KuromojiTokenizer} from 'kuromoji'
import {cachePath, readCache, writeCache} from './kuromoji/cache.js'
import {dictionariesOf} from './kuromoji/dictionaries.js'
import {packageIdentity, readPackageFiles, type Files} from './kuromoji/files.js'

export interface Token {
  surface: string
  /** offsets into the tokenized text */
  start: number
  end: number
  /** part of speech (品詞): 名詞, 動詞, 助詞, 助動詞, 記号, … */
  pos: string
  /** first refinement of the part of speech: 非自立, 数, 空白, … */
  detail: string
  /** dictionary form (基本形), the surface when unknown */
  basic: string
}

export interface Tokenizer {
  tokenize(text: string): Token[]
}

let shared: Promise<Tokenizer> | undefined

/** The process's kuromoji tokenizer, created on the first call. */
export function kuromojiTokenizer(): Promise<Tokenizer> {
  shared ??= Promise.resolve().then(() => loadTokenizer().tokenizer)
  return shared
}

export interface LoadedTokenizer {
  tokenizer: Tokenizer
  /** where the dictionary came from */
  source: 'cache' | 'package'
  /** the cache was (re)written by this load */
  cached: boolean
}

/** A new tokenizer; `cacheFile` false reads the package's files only. Exported for tests: use kuromojiTokenizer. */
export function loadTokenizer(cacheFile: string | false = cachePath()): LoadedTokenizer {
  const identity = packageIdentity()
  const fromCache = cacheFile ? readCache(cacheFile, identity) : undefined
  let files: Files | undefined = fromCache
  let cached = false
  if (!files) {
    const inflated = readPackageFiles()
    cached = cacheFile ? writeCache(cacheFile, identity, inflated) : false
    files = inflated
  }
  const require = createRequire(import.meta.url)
  const Analyser = require('kuromoji/src/Tokenizer') as new (dictionaries: unknown) => KuromojiTokenizer<IpadicFeatures>
  const analyser = new Analyser(dictionariesOf(files))
  return {tokenizer: {tokenize: (text) => withOffsets(text, analyser.tokenize(text))}, source: fromCache ? 'cache' : 'package', cached}
}

function withOffsets(text: string, features: IpadicFeatures[]): Token[] {
  const tokens: Token[] = []
  let cursor = 0
  for (const feature of features) {
    const surface = feature.surface_form
    const at = text.indexOf(surface, cursor)
    const start = at === -1 ? cursor : at
    cursor = start + surface.length
    const basic = feature.basic_form && feature.basic_form !== '*' ? feature.basic_form : surface
    tokens.push({surface, start, end: cursor, pos: feature.pos, detail: feature.pos_detail_1, basic})
  }
  return tokens
}
