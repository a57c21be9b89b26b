// Reading one sentence of a 改め文 into the operations it states, in order. The vocabulary
// is the one the writers in ../write use (see ../../../../shared/kaisei-bun.md).
import {readNumeral} from '../../parse/normalize.js'
import type {TextEdit} from '../edits.js'
import type {Clause} from '../model.js'
import {readPlace, type Place} from './place.js'

export type ListUnit = '条' | '項' | '号'

export type Operation =
  | {op: 'edit'; place: Place; caption?: boolean; row?: string; edits: TextEdit[]}
  | {op: 'setCaption'; place: Place; caption: string | undefined}
  | {op: 'rewrite'; place: Place; block: Clause[]}
  | {op: 'delete'; place: Place; row?: string}
  | {op: 'renumber'; place: Place; to: Place}
  | {op: 'shift'; place: Place; to: Place; by: number; down: boolean}
  | {op: 'add'; place: Place; where: 'after' | 'before' | 'end'; count?: number; unit?: ListUnit; row?: string; block: Clause[]}

/** Why a sentence cannot be read. */
export class SentenceError extends Error {}

/** The parts of a sentence, split at the 、 that stand outside quotes. */
export function splitParts(sentence: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]
    if (ch === '「') depth++
    else if (ch === '」') depth--
    else if (ch === '、' && depth === 0) {
      parts.push(sentence.slice(start, i))
      start = i + 1
    }
  }
  parts.push(sentence.slice(start))
  return parts
}

/** The quoted words at `at` (which must be a 「), with nested brackets kept, and the index after the closing 」. */
function readQuote(text: string, at: number): {value: string; end: number} | undefined {
  if (text[at] !== '「') return undefined
  let depth = 0
  for (let i = at; i < text.length; i++) {
    if (text[i] === '「') depth++
    else if (text[i] === '」' && --depth === 0) return {value: text.slice(at + 1, i), end: i + 1}
  }
  return undefined
}

const verbOf = (rest: string, stems: string[]): boolean => stems.some((stem) => rest === stem)

/** The operations of one sentence; `block` holds the clauses of the lines that follow it. */
export function readSentence(sentence: string, block: () => Clause[]): Operation[] {
  const text = sentence.trim().replace(/。$/, '')
  const parts = splitParts(text)
  const operations: Operation[] = []
  let context: Place = {}
  // The place and kind of the word edits being read: a part without a place continues them.
  let editing: Extract<Operation, {op: 'edit'}> | undefined
  let pending: Array<[string, string]> = []

  for (const raw of parts) {
    let part = raw
    let place: Place | undefined
    const read = readPlace(part, context)
    if (read) {
      place = read.place
      context = place
      part = part.slice(read.length)
      editing = undefined
      // 第十一条第二項中第八号を… : the container is named once, the clauses follow it.
      if (part.startsWith('中') && readPlace(part.slice(1), context)) {
        part = part.slice(1)
        const inner = readPlace(part, context)!
        place = inner.place
        context = place
        part = part.slice(inner.length)
      }
    }
    let m: RegExpExecArray | null
    if (place && (m = /^の見出し中(「.*)$/.exec(part))) {
      editing = {op: 'edit', place, caption: true, edits: []}
      operations.push(editing)
      part = m[1]
    } else if (place && part.startsWith('中「')) {
      const quote = readQuote(part, 1)
      const after = quote ? part.slice(quote.end) : ''
      if (quote && place.table !== undefined && after.startsWith('の項')) {
        const rest = after.slice(2)
        if (rest === 'を削り' || rest === 'を削る') {
          operations.push({op: 'delete', place, row: quote.value})
          continue
        }
        const add = /^の(次|前)に次のように加え(る)?$/.exec(rest)
        if (add) {
          operations.push({op: 'add', place, where: add[1] === '次' ? 'after' : 'before', row: quote.value, block: block()})
          continue
        }
        if (rest.startsWith('中「')) {
          editing = {op: 'edit', place, row: quote.value, edits: []}
          operations.push(editing)
          part = rest.slice(1)
        } else throw new SentenceError(raw)
      } else {
        editing = {op: 'edit', place, edits: []}
        operations.push(editing)
        part = part.slice(1)
      }
    }
    if (part.startsWith('「')) {
      if (!editing) throw new SentenceError(raw)
      const a = readQuote(part, 0)
      if (!a) throw new SentenceError(raw)
      const rest = part.slice(a.end)
      if (rest.startsWith('を「')) {
        const b = readQuote(rest, 1)
        const tail = b ? rest.slice(b.end) : ''
        if (!b || !/^に(改め(る)?)?$/.test(tail)) throw new SentenceError(raw)
        pending.push([a.value, b.value])
        if (tail !== 'に') {
          editing.edits.push(...pending.map(([from, to]) => ({op: 'replace' as const, from, to})))
          pending = []
        }
        continue
      }
      if (pending.length > 0) throw new SentenceError(raw)
      if (verbOf(rest, ['を削り', 'を削る'])) {
        editing.edits.push({op: 'delete', from: a.value})
        continue
      }
      const insert = /^の(下|上)に(「.*)$/.exec(rest)
      if (insert) {
        const b = readQuote(insert[2], 0)
        if (b && /^を加え(る)?$/.test(insert[2].slice(b.end))) {
          editing.edits.push({op: 'insert', anchor: a.value, side: insert[1] === '下' ? 'after' : 'before', words: b.value})
          continue
        }
      }
      throw new SentenceError(raw)
    }
    if (!place) throw new SentenceError(raw)
    if (verbOf(part, ['を次のように改め', 'を次のように改める'])) {
      operations.push({op: 'rewrite', place, block: block()})
      continue
    }
    if (verbOf(part, ['を削り', 'を削る'])) {
      operations.push({op: 'delete', place})
      continue
    }
    if ((m = /^の見出しを「（(.*)）」に改め(る)?$/.exec(part)) || (m = /^に見出しとして「（(.*)）」を付(し|する)$/.exec(part))) {
      operations.push({op: 'setCaption', place, caption: m[1]})
      continue
    }
    if (verbOf(part, ['の見出しを削り', 'の見出しを削る'])) {
      operations.push({op: 'setCaption', place, caption: undefined})
      continue
    }
    if (part.startsWith('を')) {
      const to = readPlace(part.slice(1), context)
      if (to && /^と(し|する)$/.test(part.slice(1 + to.length))) {
        operations.push({op: 'renumber', place, to: to.place})
        continue
      }
    }
    if (part.startsWith('から') || part.startsWith('及び')) {
      const to = readPlace(part.slice(2), place)
      const tail = to ? part.slice(2 + to.length) : ''
      const shift = (part.startsWith('から') ? /^までを([0-9０-９〇一二三四五六七八九十]+)[条項号]ずつ繰り(下|上)げ(る)?$/ : /^を([0-9０-９〇一二三四五六七八九十]+)[条項号]ずつ繰り(下|上)げ(る)?$/).exec(tail)
      if (to && shift) {
        operations.push({op: 'shift', place, to: to.place, by: readNumeral(shift[1])!, down: shift[2] === '下'})
        continue
      }
    }
    const add = /^(の次に|の前に|に)次の(?:([0-9０-９〇一二三四五六七八九十]+)([条項号])を|ように)加え(る)?$/.exec(part)
    if (add) {
      const where = add[1] === 'の次に' ? 'after' : add[1] === 'の前に' ? 'before' : 'end'
      operations.push({op: 'add', place, where, count: add[2] ? readNumeral(add[2]) : undefined, unit: add[3] as ListUnit | undefined, block: block()})
      continue
    }
    throw new SentenceError(raw)
  }
  if (pending.length > 0) throw new SentenceError(parts.at(-1)!)
  return operations
}
