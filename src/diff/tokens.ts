// The token diff of one changed sentence pair: jsdiff's diffArrays over word tokens, with
// a bound on the edit length so that a sentence rewritten wholesale is reported as such
// instead of as a confetti of small edits.
import {diffArrays} from 'diff'
import type {Token, Tokenizer} from './tokenizer.js'
import type {EditOp} from './types.js'

/** A run of the diff; offsets are into the sentence of each side. */
export interface Run {
  op: EditOp
  text: string
  old?: {from: number; to: number}
  new?: {from: number; to: number}
}

export interface HunkSide {
  from: number
  to: number
  text: string
  tokens: Token[]
}

/** What changed in one place: the removed tokens and the added ones (either may be empty). */
export interface Hunk {
  old: HunkSide
  new: HunkSide
}

export interface TokenDiff {
  /** the edit length passed the bound: the whole sentence is one change */
  rewritten: boolean
  runs: Run[]
  hunks: Hunk[]
}

/** The least edit length allowed before a pair counts as rewritten, for pairs of n and m tokens. */
export function editBound(n: number, m: number): number {
  return Math.max(12, Math.ceil((n + m) * 0.6))
}

/**
 * Word-level diff of a sentence pair. Only the stretch between the common beginning and end
 * is tokenized, cut just after a 、 or 。: kuromoji analyses the text between those marks on
 * its own, so the tokens are the ones the whole sentence would give, for less work.
 */
export function tokenDiff(oldText: string, newText: string, tokenizer: Tokenizer): TokenDiff {
  const [from, oldTo, newTo] = changedStretch(oldText, newText)
  const words = (text: string, to: number) =>
    tokenizer
      .tokenize(text.slice(from, to))
      .filter((t) => t.surface.trim() !== '')
      .map((t) => ({...t, start: t.start + from, end: t.end + from}))
  const diff = diffTokens(oldText, newText, words(oldText, oldTo), words(newText, newTo), from)
  if (from > 0) diff.runs.unshift({op: 'equal', text: newText.slice(0, from), old: {from: 0, to: from}, new: {from: 0, to: from}})
  if (oldTo < oldText.length) diff.runs.push({op: 'equal', text: newText.slice(newTo), old: {from: oldTo, to: oldText.length}, new: {from: newTo, to: newText.length}})
  return diff
}

const cut = (text: string, at: number) => at === 0 || at === text.length || text[at - 1] === '、' || text[at - 1] === '。'

/** [start, old end, new end] of the part that differs, widened to cuts after 、 or 。. */
function changedStretch(oldText: string, newText: string): [number, number, number] {
  let prefix = 0
  while (prefix < oldText.length && prefix < newText.length && oldText[prefix] === newText[prefix]) prefix++
  let suffix = 0
  while (suffix < oldText.length - prefix && suffix < newText.length - prefix && oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]) suffix++
  let from = prefix
  while (!cut(oldText, from)) from--
  // The common end is the same text on both sides, so a cut in it is a cut on both.
  let oldTo = oldText.length - suffix
  let newTo = newText.length - suffix
  while (!cut(oldText, oldTo)) {
    oldTo++
    newTo++
  }
  return [from, oldTo, newTo]
}

/** Character-level diff, for pairs that differ only editorially (no tokenizer needed). */
export function charDiff(oldText: string, newText: string): TokenDiff {
  const chars = (text: string): Token[] => {
    const out: Token[] = []
    for (let i = 0; i < text.length; i++) {
      if (!/\s/.test(text[i])) out.push({surface: text[i], start: i, end: i + 1, pos: '', detail: '', basic: text[i]})
    }
    return out
  }
  return diffTokens(oldText, newText, chars(oldText), chars(newText), 0, Infinity)
}

/** `base` is where the tokenized stretch begins: an empty side of a change stands there. */
function diffTokens(oldText: string, newText: string, olds: Token[], news: Token[], base: number, bound = editBound(olds.length, news.length)): TokenDiff {
  const parts = diffArrays(
    olds.map((t) => t.surface),
    news.map((t) => t.surface),
    {maxEditLength: bound}
  )
  if (!parts) return rewritten(oldText, newText, olds, news, base)
  const runs: Run[] = []
  const hunks: Hunk[] = []
  let i = 0
  let j = 0
  let open: Hunk | undefined
  // An empty side of a hunk sits where the other side's text stands: after the last common token.
  const at = (tokens: Token[], k: number) => (k > 0 ? tokens[k - 1].end : tokens[0]?.start ?? base)
  const span = (tokens: Token[], from: number, count: number) => ({from: tokens[from].start, to: tokens[from + count - 1].end})
  for (const part of parts) {
    if (!part.added && !part.removed) {
      runs.push({op: 'equal', text: newText.slice(span(news, j, part.count).from, span(news, j, part.count).to), old: span(olds, i, part.count), new: span(news, j, part.count)})
      i += part.count
      j += part.count
      open = undefined
      continue
    }
    if (!open) {
      open = {old: {from: at(olds, i), to: at(olds, i), text: '', tokens: []}, new: {from: at(news, j), to: at(news, j), text: '', tokens: []}}
      hunks.push(open)
    }
    if (part.removed) {
      const s = span(olds, i, part.count)
      runs.push({op: 'removed', text: oldText.slice(s.from, s.to), old: s})
      extend(open.old, oldText, olds.slice(i, i + part.count))
      i += part.count
    } else {
      const s = span(news, j, part.count)
      runs.push({op: 'added', text: newText.slice(s.from, s.to), new: s})
      extend(open.new, newText, news.slice(j, j + part.count))
      j += part.count
    }
  }
  return {rewritten: false, runs, hunks}
}

function extend(side: HunkSide, text: string, tokens: Token[]): void {
  if (side.tokens.length === 0) side.from = tokens[0].start
  side.tokens.push(...tokens)
  side.to = tokens[tokens.length - 1].end
  side.text = text.slice(side.from, side.to)
}

/** The tokenized stretches as one change (the whole sentences when nothing is common). */
function rewritten(oldText: string, newText: string, olds: Token[], news: Token[], base: number): TokenDiff {
  const side = (text: string, tokens: Token[]): HunkSide => {
    const from = tokens[0]?.start ?? base
    const to = tokens[tokens.length - 1]?.end ?? from
    return {from, to, text: text.slice(from, to), tokens}
  }
  const old = side(oldText, olds)
  const neu = side(newText, news)
  return {
    rewritten: true,
    runs: [
      {op: 'removed', text: old.text, old: {from: old.from, to: old.to}},
      {op: 'added', text: neu.text, new: {from: neu.from, to: neu.to}}
    ],
    hunks: [{old, new: neu}]
  }
}
