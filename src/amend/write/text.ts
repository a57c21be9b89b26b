// 第九条中「一年間」を「二年間」に改め、「書面」の下に「又は電磁的方法」を加え、「一切の」を削る。
// Replacements standing next to each other share one verb: 「A」を「B」に、「C」を「D」に改める.
import type {TextEdit} from '../edits.js'
import {chain, type Part} from './sentence.js'

/** The words of the edits of one place, after 「…中」. */
export function editParts(edits: TextEdit[]): Part[] {
  const parts: Part[] = []
  let replaced: string[] = []
  const flush = () => {
    if (replaced.length > 0) parts.push({words: replaced.join('、'), verb: '改め'})
    replaced = []
  }
  for (const edit of edits) {
    if (edit.op === 'replace') {
      replaced.push(`「${edit.from}」を「${edit.to}」に`)
      continue
    }
    flush()
    if (edit.op === 'delete') parts.push({words: `「${edit.from}」を`, verb: '削り'})
    else parts.push({words: `「${edit.anchor}」の${edit.side === 'after' ? '下' : '上'}に「${edit.words}」を`, verb: '加え'})
  }
  flush()
  return parts
}

/** 第九条中「一年間」を「二年間」に改める。 */
export function editSentence(place: string, edits: TextEdit[]): string {
  const parts = editParts(edits)
  parts[0] = {...parts[0], words: `${place}中${parts[0].words}`}
  return chain(parts)
}
