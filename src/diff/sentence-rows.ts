// The sentences of a clause pair, aligned: exact ones anchor, similar ones pair in order,
// and a sentence broken in two on one side (a stray 。, a page break) joins up again.
import {align} from './align.js'
import {editorialKey, spaceless} from './editorial.js'
import type {PairNode} from './pairs.js'
import {ownBody, rowCells, sentenceAt, splitSentences, type Located, type Sentence} from './sentences.js'
import {gramDice, grams, type Grams} from './similarity.js'
import type {Unit} from './units.js'

export interface SentenceRow {
  old?: Sentence
  new?: Sentence
}

interface Own {
  located?: Located
  sentences: Sentence[]
}

const sentenceGrams = new WeakMap<Sentence, Grams>()

function sentenceSimilarity(a: Sentence, b: Sentence): number {
  const gramsOf = (s: Sentence) => {
    let found = sentenceGrams.get(s)
    if (!found) sentenceGrams.set(s, (found = grams(editorialKey(s.text))))
    return found
  }
  return gramDice(gramsOf(a), gramsOf(b))
}

const rowsOf = new WeakMap<PairNode, SentenceRow[]>()

/** The sentences of a pair, aligned (once per pair); a row's cells pair by column. */
export function sentenceRows(node: PairNode): SentenceRow[] {
  let rows = rowsOf.get(node)
  if (!rows) rowsOf.set(node, (rows = alignSentences(node)))
  return rows
}

function alignSentences(node: PairNode): SentenceRow[] {
  const olds = node.olds.length === 1 ? ownOf(node.olds[0]) : {sentences: []}
  const news = node.news.length === 1 ? ownOf(node.news[0]) : {sentences: []}
  // Same own text (spacing aside): the sentences pair one to one, nothing to align.
  const sameText = olds.sentences.length === news.sentences.length && olds.sentences.every((s, k) => spaceless(s.text) === spaceless(news.sentences[k].text))
  if (sameText || (node.olds[0] ?? node.news[0]).type === 'tableRow') {
    return Array.from({length: Math.max(olds.sentences.length, news.sentences.length)}, (_, k) => ({old: olds.sentences[k], new: news.sentences[k]}))
  }
  const rows: SentenceRow[] = align(olds.sentences, news.sentences, {
    key: (s) => editorialKey(s.text),
    similarity: sentenceSimilarity,
    threshold: 0.3,
    pairLeftovers: true
  }).map((a) => ({old: a.old === undefined ? undefined : olds.sentences[a.old], new: a.new === undefined ? undefined : news.sentences[a.new]}))
  return joinFragments(rows, olds.located, news.located)
}

/**
 * A sentence broken in two by a stray 。 or a page break on one side, and whole on the
 * other: a lone neighbour of a changed pair joins it when that makes the pair more alike.
 */
function joinFragments(rows: SentenceRow[], oldText?: Located, newText?: Located): SentenceRow[] {
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]
    if (!row.old || !row.new || row.old.text === row.new.text) continue
    for (const side of ['old', 'new'] as const) {
      const located = side === 'old' ? oldText : newText
      for (const step of [1, -1]) {
        let next = rows[k + step]
        while (located && next && next[side] && !next[side === 'old' ? 'new' : 'old']) {
          const [first, last] = step === 1 ? [row[side]!, next[side]!] : [next[side]!, row[side]!]
          const joined = sentenceAt(located, first.from, last.to)
          const other = row[side === 'old' ? 'new' : 'old']!
          if (sentenceSimilarity(joined, other) <= sentenceSimilarity(row[side]!, other)) break
          row[side] = joined
          rows.splice(k + step, 1)
          if (step === -1) k--
          next = rows[k + step]
        }
      }
    }
  }
  return rows
}

/** A clause's own text and sentences; a row's cells (its number cell left out) stand as sentences. */
export function ownOf(unit: Unit): Own {
  if (unit.type === 'tableRow') {
    const cells = rowCells(unit.node)
    return {sentences: (unit.numbered ? cells.slice(1) : cells).flatMap(cellSentence)}
  }
  const located = ownBody(unit.node)
  return {located, sentences: splitSentences(located)}
}

function cellSentence(cell: Located): Sentence[] {
  const text = cell.text.trim()
  if (text === '') return []
  const from = cell.text.indexOf(text)
  return [sentenceAt(cell, from, from + text.length)]
}
