// A small stand-in for kuromoji in unit tests of the diff: splits text into runs of one
// script (kanji, katakana, digits, Latin), hiragana into a few known words, and gives each
// token a rough part of speech. Loads nothing, so the diff's own logic is tested quickly.
import type {Token, Tokenizer} from '../../src/diff/tokenizer.js'

const particles = ['について', 'に対して', 'により', 'ならびに', 'または', 'および', 'もしくは', 'から', 'まで', 'のみ', 'だけ', 'より', 'は', 'が', 'を', 'に', 'へ', 'と', 'の', 'も', 'で', 'や', 'か']
const auxiliaries = ['ません', 'ます', 'ない', 'た', 'だ', 'です']
const nouns = ['ことができ', 'こと', 'とき', 'もの', 'ところ', 'ただし', 'すべて']
const verbs = ['できません', 'できます', 'できる', 'でき', 'します', 'する', 'して', 'した', 'し', 'ある', 'あり', 'いる', 'なる']
const words = [...particles, ...auxiliaries, ...nouns, ...verbs].sort((a, b) => b.length - a.length)

function posOf(word: string): {pos: string; detail: string} {
  if (particles.includes(word)) return {pos: '助詞', detail: '格助詞'}
  if (auxiliaries.includes(word)) return {pos: '助動詞', detail: '*'}
  if (word === 'こと' || word === 'とき' || word === 'もの' || word === 'ところ') return {pos: '名詞', detail: '非自立'}
  if (verbs.includes(word)) return {pos: '動詞', detail: '自立'}
  return {pos: '名詞', detail: '一般'}
}

const classes: Array<[string, RegExp]> = [
  ['space', /^[\s\u3000]+/],
  ['kanji', /^[\u4e00-\u9fff\u3005]+/],
  ['katakana', /^[\u30a0-\u30ff]+/],
  ['digits', /^[0-9０-９]+/],
  ['latin', /^[A-Za-zＡ-Ｚａ-ｚ]+/]
]

export const fakeTokenizer: Tokenizer = {
  tokenize(text: string): Token[] {
    const out: Token[] = []
    let i = 0
    const push = (surface: string, pos: string, detail: string) => {
      out.push({surface, start: i, end: i + surface.length, pos, detail, basic: surface})
      i += surface.length
    }
    while (i < text.length) {
      const rest = text.slice(i)
      const run = classes.find(([, re]) => re.test(rest))
      if (run) {
        const surface = run[1].exec(rest)![0]
        push(surface, run[0] === 'space' ? '記号' : '名詞', run[0] === 'space' ? '空白' : run[0] === 'digits' ? '数' : '一般')
      } else if (/^[\u3041-\u309f]/.test(rest)) {
        const word = words.find((w) => rest.startsWith(w)) ?? rest[0]
        const {pos, detail} = posOf(word)
        push(word, pos, detail)
      } else {
        push(rest[0], '記号', '一般')
      }
    }
    return out
  }
}
