// Words for quoting: kuromoji's tokens, with a number kept together with its prefix and
// counter (第十条, 一年間, 2か月, 30日) so that a quote never cuts 一 out of 一年間.
import type {Token, Tokenizer} from '../diff/tokenizer.js'

export interface Word {
  text: string
  start: number
  end: number
}

const numeralToken = /^[0-9０-９〇一二三四五六七八九十百千万.．,，]+$/
const counterKana = /^[かヶヵカケ箇個]$/

const isNumber = (t: Token) => t.detail === '数' || numeralToken.test(t.surface)
const isPrefix = (t: Token) => t.pos === '接頭詞' || t.surface === '第'
const isSuffix = (t: Token) => t.detail === '接尾' || t.detail === '助数詞' || /^(条|項|号|年|月|日|時|分|秒|円|％|%|倍|回|件|人|箇所|間|週|営業日|年間|か月|ヶ月|月間|日間|時間)$/.test(t.surface)

/** The words of a text (spaces dropped), in order. */
export function words(text: string, tokenizer: Tokenizer): Word[] {
  const tokens = tokenizer.tokenize(text).filter((t) => t.surface.trim() !== '')
  const out: Word[] = []
  for (let i = 0; i < tokens.length; i++) {
    let j = i
    // 第 + number, or a number alone, takes its following numbers, counter kana and counters.
    if (isPrefix(tokens[i]) && tokens[i + 1] && isNumber(tokens[i + 1])) j++
    if (isNumber(tokens[j])) {
      while (tokens[j + 1] && (isNumber(tokens[j + 1]) || counterKana.test(tokens[j + 1].surface) || isSuffix(tokens[j + 1]))) j++
      // 第6条の2: the branch number belongs to the citation.
      while (tokens[j + 2] && tokens[j + 1].surface === 'の' && isNumber(tokens[j + 2]) && /[条項号]$/.test(tokens[j].surface)) j += 2
    }
    out.push({text: text.slice(tokens[i].start, tokens[j].end), start: tokens[i].start, end: tokens[j].end})
    i = j
  }
  return out
}
