// The word edits of one clause's text: what the sentences 「A」を「B」に改める, 「A」の下に
// 「B」を加える and 「A」を削る say, chosen on word boundaries (numbers with their counters)
// and widened with neighbouring words until the quoted words stand only once in the clause.
import {diffArrays} from 'diff'
import {compactWithMap} from '../parse/normalize.js'
import type {Tokenizer} from '../diff/tokenizer.js'
import {normal} from './model.js'
import {findOnce, occurrences, quotable} from './quote.js'
import {words} from './words.js'

export type TextEdit =
  | {op: 'replace'; from: string; to: string}
  | {op: 'insert'; anchor: string; side: 'after' | 'before'; words: string}
  | {op: 'delete'; from: string}

/** Edits beyond this many places, or touching more than this share of the text (one place: the larger share), make a rewrite. */
const maxEdits = 4
const maxShare = 0.5
const maxShareOfOne = 0.8

/** The edits turning `oldText` into `newText` (equal in normal form when none), or undefined when the text is better rewritten whole. */
export function textEdits(oldText: string, newText: string, tokenizer: Tokenizer): TextEdit[] | undefined {
  const oldView = compactWithMap(oldText)
  const newView = compactWithMap(newText)
  if (normal(oldText) === normal(newText)) return []
  if (oldView.text === '' || newView.text === '') return undefined
  const oldWords = words(oldView.text, tokenizer)
  const newWords = words(newView.text, tokenizer)
  const hunks = hunksOf(oldWords, newWords)
  const changed = hunks.reduce((sum, h) => sum + spanLength(oldWords, h.oldFrom, h.oldTo) + spanLength(newWords, h.newFrom, h.newTo), 0)
  if (hunks.length > maxEdits || changed > (hunks.length === 1 ? maxShareOfOne : maxShare) * (oldView.text.length + newView.text.length)) return undefined

  const edits: TextEdit[] = []
  let current = oldText
  // Offsets of the old words move as earlier edits change the text; track the shift in normal form.
  let shift = 0
  for (let h = 0; h < hunks.length; h++) {
    const hunk = hunks[h]
    const lowest = h === 0 ? 0 : hunks[h - 1].oldTo
    const highest = h + 1 < hunks.length ? hunks[h + 1].oldFrom : oldWords.length
    const view = compactWithMap(current)
    // Word w's start and the end of the word before w, in the current text's normal form.
    const startOf = (w: number) => (w < oldWords.length ? oldWords[w].start : oldView.text.length) + shift
    const endOf = (w: number) => (w > 0 ? oldWords[w - 1].end : 0) + shift
    const written = (from: number, to: number) => (from >= to ? '' : tidy(current.slice(view.map[from], view.map[to - 1] + 1)))
    const newPart = hunk.newFrom < hunk.newTo ? tidy(newText.slice(newView.map[newWords[hunk.newFrom].start], newView.map[newWords[hunk.newTo - 1].end - 1] + 1)) : ''
    const edit = chooseEdit(hunk, lowest, highest, startOf, endOf, written, newPart, current)
    if (!edit) return undefined
    const next = applyEdit(current, edit)
    if (next === undefined) return undefined
    edits.push(edit)
    shift += compactWithMap(next).text.length - view.text.length
    current = next
  }
  return normal(current) === normal(newText) ? edits : undefined
}

interface Hunk {
  oldFrom: number
  oldTo: number
  newFrom: number
  newTo: number
}

function hunksOf(oldWords: Array<{text: string}>, newWords: Array<{text: string}>): Hunk[] {
  const hunks: Hunk[] = []
  let i = 0
  let j = 0
  let open: Hunk | undefined
  for (const part of diffArrays(oldWords.map((w) => w.text), newWords.map((w) => w.text))) {
    if (!part.added && !part.removed) {
      if (open) hunks.push(open)
      open = undefined
      i += part.count
      j += part.count
      continue
    }
    open ??= {oldFrom: i, oldTo: i, newFrom: j, newTo: j}
    if (part.added) open.newTo = j += part.count
    else open.oldTo = i += part.count
  }
  if (open) hunks.push(open)
  return hunks
}

const spanLength = (list: Array<{start: number; end: number}>, from: number, to: number) => (from < to ? list[to - 1].end - list[from].start : 0)

/**
 * The sentence form for one hunk: the plain form when its words stand once in the text, else
 * the same edit quoted with neighbouring unchanged words (left first, then right, growing).
 */
function chooseEdit(
  hunk: Hunk,
  lowest: number,
  highest: number,
  startOf: (word: number) => number,
  endOf: (word: number) => number,
  written: (from: number, to: number) => string,
  newPart: string,
  current: string
): TextEdit | undefined {
  // A quote reads as words: not a lone kana, not starting on 、 or 。, found once.
  const readable = (value: string) => !/^[、。，．]/.test(value) && !/^[\u3041-\u309f]$/.test(value)
  const unique = (value: string) => quotable(value) && readable(value) && occurrences(current, value) === 1
  // An anchor of a lone particle or mark (「に」の下に, 「。」の下に) is hard to read: it takes a neighbour.
  const anchor = (value: string) => unique(value) && value.replace(/[、。，．・「」（）()]/g, '').length >= 2
  if (hunk.oldFrom === hunk.oldTo) {
    // 「A」の下に「B」を加える reads best; 「A」の上に only where no few words before will do.
    for (const [side, most] of [
      ['after', Math.min(3, hunk.oldFrom - lowest)],
      ['before', Math.min(3, highest - hunk.oldTo)]
    ] as const) {
      for (let grow = 1; grow <= most; grow++) {
        const words = side === 'after' ? written(startOf(hunk.oldFrom - grow), endOf(hunk.oldFrom)) : written(startOf(hunk.oldTo), endOf(hunk.oldTo + grow))
        if (anchor(words)) return {op: 'insert', anchor: words, side, words: newPart}
      }
    }
  }
  for (let grow = 0; grow <= highest - lowest; grow++) {
    for (let left = Math.min(grow, hunk.oldFrom - lowest); left >= 0; left--) {
      const right = grow - left
      if (hunk.oldTo + right > highest) continue
      if (hunk.oldFrom === hunk.oldTo && (left === 0 || right === 0)) continue
      const from = startOf(hunk.oldFrom - left)
      const to = endOf(hunk.oldTo + right)
      const quoted = written(from, to)
      if (!unique(quoted)) continue
      if (left === 0 && right === 0 && newPart === '') return {op: 'delete', from: quoted}
      // The words between the context and the change (a line break) stay as they are.
      const replacement = written(from, startOf(hunk.oldFrom)) + newPart + written(endOf(hunk.oldTo), to)
      return quotable(replacement) ? {op: 'replace', from: quoted, to: replacement} : undefined
    }
  }
  return undefined
}

/** Quoted words without the spaces of the layout; a space between two Latin letters or digits stays. */
const tidy = (value: string) => value.replace(/[\s\u3000]+/g, (space, at: number, whole: string) => (/[A-Za-z0-9]/.test(whole[at - 1] ?? '') && /[A-Za-z0-9]/.test(whole[at + space.length] ?? '') ? ' ' : ''))

/** Applies one edit; undefined when its quoted words are missing or stand more than once. */
export function applyEdit(text: string, edit: TextEdit): string | undefined {
  const quote = edit.op === 'insert' ? edit.anchor : edit.from
  const found = findOnce(text, quote)
  if (typeof found === 'string') return undefined
  switch (edit.op) {
    case 'replace':
      return text.slice(0, found.at) + edit.to + text.slice(found.end)
    case 'delete':
      return text.slice(0, found.at) + text.slice(found.end)
    case 'insert':
      return edit.side === 'after' ? text.slice(0, found.end) + edit.words + text.slice(found.end) : text.slice(0, found.at) + edit.words + text.slice(found.at)
  }
}
