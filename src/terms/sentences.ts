// The reseller's sentences (文), each with the clause that states it, so the readers of
// defined names, 読替え sentences and priority statements work on whole sentences. A 。
// inside brackets （以下「当社」といいます。） does not end a sentence.
import {clauseLabel} from '../parse/citation.js'
import {ownText} from '../parse/text.js'
import type {Document, Parent} from '../parse/types.js'

export interface Sentence {
  text: string
  /** the paragraph or item that holds it */
  clause: string
  /** its citation: 第3条第2項 */
  label: string
}

const opening = new Set(['（', '(', '「', '『', '〔', '［'])
const closing = new Set(['）', ')', '」', '』', '〕', '］'])

/** Every sentence of the document's paragraphs and items, in order. */
export function sentencesOf(tree: Document): Sentence[] {
  const sentences: Sentence[] = []
  // a loop, not unist-util-visit: see src/parse/tree.ts
  const walk = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === 'text' || child.type === 'table' || child.type === 'tableRow') continue
      if (child.type === 'paragraph' || child.type === 'item' || child.type === 'subitem') {
        const label = clauseLabel(tree, child.id)
        for (const text of splitSentences(ownText(child))) sentences.push({text, clause: child.id, label})
      }
      walk(child)
    }
  }
  walk(tree)
  return sentences
}

/** A text cut after each 。 that stands outside brackets; blank pieces dropped. */
export function splitSentences(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (opening.has(ch)) depth++
    else if (closing.has(ch)) depth = Math.max(0, depth - 1)
    else if (ch === '。' && depth === 0) {
      out.push(text.slice(start, i + 1).trim())
      start = i + 1
    }
  }
  out.push(text.slice(start).trim())
  return out.filter((sentence) => sentence !== '')
}

/** A sentence shortened for a one-line message. */
export function quoteSentence(text: string, limit = 60): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= limit ? flat : `${flat.slice(0, limit)}…`
}

/** The sentence of `text` around an offset: from after the previous 。 or line break to the next 。. */
export function sentenceAround(text: string, offset: number): string {
  let start = offset
  while (start > 0 && text[start - 1] !== '。' && text[start - 1] !== '\n') start--
  let end = offset
  while (end < text.length && text[end] !== '。' && text[end] !== '\n') end++
  return text.slice(start, end < text.length && text[end] === '。' ? end + 1 : end).trim()
}
