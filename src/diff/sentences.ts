// A clause's own text, and its sentences (文): split after 。 outside brackets, so a
// parenthesised sentence （…といいます。） stays inside the sentence that holds it.
import {isDateLine} from '../parse/classify/furniture.js'
import type {Parent, Text} from '../parse/types.js'
import {lastBefore} from '../parse/search.js'

/** Text gathered from leaves, with the source offset of each character (plus an end sentinel). */
export interface Located {
  text: string
  offsets: number[]
}

export interface Sentence {
  text: string
  /** offsets into the clause text */
  from: number
  to: number
  /** source offsets */
  start: number
  end: number
  /** the source offset of each character, plus one for the end */
  offsets: number[]
}

/** The body leaves of the node itself (not of its sub-clauses), and the summaries beside them, joined. */
export function ownBody(node: Parent): Located {
  const title = ownTitle(node)
  return located(node.children.filter((child): child is Text => child.type === 'text' && compared(child, title)))
}

/** A clause's own title: the first title leaf, on its heading line. */
export function ownTitle(node: Parent): Text | undefined {
  return node.children.find((child): child is Text => child.type === 'text' && child.role === 'title')
}

/**
 * Whether a leaf of a clause is text the diff compares: its sentences, a summary beside them,
 * and a heading inside it after its own title `title` (第1章 総則 written inside a 別表).
 */
export function compared(leaf: Text, title: Text | undefined): boolean {
  if (leaf.role === 'body') return true
  if (leaf.role === 'aside') return !isDateLine(leaf.value)
  return leaf.role === 'title' && leaf !== title
}

/** The cells of a table row, one Located each. */
export function rowCells(node: Parent): Located[] {
  const out: Located[] = []
  for (const child of node.children) {
    if (child.type === 'text' && child.role === 'cell') out.push(located([child]))
  }
  return out
}

function located(leaves: Text[]): Located {
  let text = ''
  const offsets: number[] = []
  let end = 0
  for (const leaf of leaves) {
    const start = leaf.position.start.offset ?? 0
    for (let i = 0; i < leaf.value.length; i++) offsets.push(start + i)
    text += leaf.value
    end = leaf.position.end.offset ?? start + leaf.value.length
  }
  offsets.push(end)
  return {text, offsets}
}

const opening = '（(「『【〔［[｛{〈《'
const closing = '）)」』】〕］]｝}〉》'

/** Sentences of a text, white space at their edges left out; empty text gives none. */
export function splitSentences(located: Located): Sentence[] {
  const {text, offsets} = located
  const out: Sentence[] = []
  let depth = 0
  let from = 0
  const push = (to: number) => {
    let a = from
    let b = to
    while (a < b && /\s/.test(text[a])) a++
    while (b > a && /\s/.test(text[b - 1])) b--
    if (b > a) out.push(sentenceAt(located, a, b))
    from = to
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (opening.includes(ch)) depth++
    else if (closing.includes(ch)) depth = Math.max(0, depth - 1)
    else if ((ch === '。' || ch === '．') && depth === 0) push(i + 1)
  }
  push(text.length)
  return out
}

/** The part [a, b) of a located text as a sentence. */
export function sentenceAt(located: Located, a: number, b: number): Sentence {
  const offsets = located.offsets.slice(a, b)
  offsets.push(located.offsets[b - 1] + 1)
  return {text: located.text.slice(a, b), from: a, to: b, start: offsets[0], end: offsets[b - a], offsets}
}

/** The index in a sentence of the first character at or after a source offset. */
export function localOffset(sentence: Sentence, offset: number): number {
  return lastBefore(sentence.text.length, (i) => sentence.offsets[i] < offset) + 1
}
