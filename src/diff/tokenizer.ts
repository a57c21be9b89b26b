// Word tokens for the token diff. The morphological analyser (kuromoji) takes about two
// seconds and a few hundred MB to load its dictionary, so there is one per process, built
// on first use, and only the diff ever asks for it.
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
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

async function loadKuromoji(): Promise<Tokenizer> {
  // kuromoji is CommonJS; its dictionary folder sits inside the package.
  const require = createRequire(import.meta.url)
  const kuromoji = require('kuromoji') as typeof import('kuromoji')
  const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict')
  const analyser = await new Promise<KuromojiTokenizer<IpadicFeatures>>((resolve, reject) => {
    kuromoji.builder({dicPath}).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)))
  })
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
