// 見出し: 第七条の見出し中「支払い」を「支払」に改める。 / 第七条の見出しを「（料金の支払）」に改める。
// 第五条に見出しとして「（定義）」を付する。 / 第五条の見出しを削る。
import type {TextEdit} from '../edits.js'
import {chain} from './sentence.js'
import {editParts} from './text.js'

export function captionSentence(article: string, oldCaption: string | undefined, newCaption: string | undefined, edits: TextEdit[] | undefined): string {
  if (newCaption === undefined) return `${article}の見出しを削る。`
  if (oldCaption === undefined) return `${article}に見出しとして「（${newCaption}）」を付する。`
  if (edits && edits.length > 0) {
    const parts = editParts(edits)
    parts[0] = {...parts[0], words: `${article}の見出し中${parts[0].words}`}
    return chain(parts)
  }
  return `${article}の見出しを「（${newCaption}）」に改める。`
}
