// Word tokens for the token diff. The morphological analyser (kuromoji) takes about two
// seconds and a few hundred MB to load its dictionary, so there is one per process, built
// on first use, and only the diff ever asks for it.
import {readFile} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import type {IpadicFeatures, Tokenizer as KuromojiTokenizer} from 'kuromoji'

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
  shared ??= loadKuromoji()
  return shared
}

/** The part of kuromoji's dictionary loader that the diff replaces. */
interface DictionaryLoader {
  loadArrayBuffer(file: string, callback: (error: Error | null, buffer?: ArrayBuffer) => void): void
  load(callback: (error: Error | null, dictionaries: unknown) => void): void
}

async function loadKuromoji(): Promise<Tokenizer> {
  // kuromoji is CommonJS; its dictionary folder sits inside the package.
  const require = createRequire(import.meta.url)
  const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict')
  const Loader = require('kuromoji/src/loader/DictionaryLoader') as new (dicPath: string) => DictionaryLoader
  const Analyser = require('kuromoji/src/Tokenizer') as new (dictionaries: unknown) => KuromojiTokenizer<IpadicFeatures>
  const loader = new Loader(dicPath)
  // kuromoji's own Node loader inflates each file in 16 kB steps and copies the result twice;
  // one inflate per file into a buffer used as it is loads faster and leaves far less garbage.
  loader.loadArrayBuffer = (file, callback) => {
    readFile(file, (error, bytes) => {
      if (error) return callback(error)
      let data: Buffer
      try {
        data = gunzipSync(bytes)
      } catch (inflateError) {
        return callback(inflateError as Error)
      }
      const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength
      callback(null, whole ? (data.buffer as ArrayBuffer) : (data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer))
    })
  }
  const dictionaries = await new Promise((resolve, reject) => loader.load((error, loaded) => (error ? reject(error) : resolve(loaded))))
  const analyser = new Analyser(dictionaries)
  return {tokenize: (text) => withOffsets(text, analyser.tokenize(text))}
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
