// Applying a 改め文 to a clause model, sentence by sentence. Every operation checks what it
// relies on — the place exists, a quoted word stands there exactly once, a new number is
// free — and stops with the reason, so a wrong amendment is never half understood.
import {compareNumbers} from '../parse/normalize.js'
import type {Label} from '../diff/types.js'
import {applyEdit, type TextEdit} from './edits.js'
import {cloneClauses, normal, type Clause, type Model} from './model.js'
import type {Place} from './read/place.js'
import {readSentence, SentenceError, type Operation} from './read/sentence.js'
import {readBlock} from './block.js'
import {findOnce} from './quote.js'

/** A sentence of the amendment that cannot be applied, and why. */
export class AmendmentError extends Error {
  constructor(
    readonly sentence: string,
    /** 1-based number of the sentence in the amendment */
    readonly index: number,
    readonly reason: Label
  ) {
    super(`${index}: ${sentence}: ${reason.en}`)
  }

  text(lang: 'ja' | 'en'): string {
    return lang === 'ja' ? `改め文の第${this.index}文「${this.sentence}」を適用できません: ${this.reason.ja}` : `sentence ${this.index} of the amendment (${this.sentence}) cannot be applied: ${this.reason.en}`
  }
}

/** A sentence and the lines of new clauses that follow it. */
export interface AmendmentSentence {
  text: string
  block?: string[]
}

/** Splits an amendment's text into sentences: a block line starts with white space. */
export function readAmendment(text: string): AmendmentSentence[] {
  const out: AmendmentSentence[] = []
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.replace(/^> ?/, '')
    // Blank lines, and the heading of the Markdown form, carry no sentence.
    if (line.trim() === '' || line.startsWith('#')) continue
    if (/^[\s\u3000]/.test(line) && out.length > 0) {
      ;(out.at(-1)!.block ??= []).push(line.replace(/^[\s\u3000]/, ''))
      continue
    }
    out.push({text: line.trim()})
  }
  return out
}

/** The model after the amendment; throws AmendmentError at the first sentence that cannot be applied. */
export function applyAmendment(model: Model, sentences: AmendmentSentence[]): Model {
  const state = cloneClauses(model.clauses)
  sentences.forEach((sentence, i) => {
    const fail = (reason: Label) => new AmendmentError(sentence.text, i + 1, reason)
    let operations: Operation[]
    try {
      operations = readSentence(sentence.text, () => readBlock(sentence.block ?? [], sentence.text.startsWith('前文') || sentence.text.startsWith('題名')))
    } catch (error) {
      if (error instanceof SentenceError) throw fail({ja: `読めない部分があります（${error.message}）`, en: `cannot read "${error.message}"`})
      throw error
    }
    for (const operation of operations) {
      const problem = apply(state, operation)
      if (problem) throw fail(problem)
    }
  })
  return {numerals: model.numerals, clauses: state}
}

type Problem = Label | undefined

const noPlace = (what: string): Label => ({ja: `${what}がありません`, en: `${what} does not exist`})

interface Located {
  list: Clause[]
  index: number
  clause: Clause
}

/** The clause a place names, with the list holding it. */
function locate(state: Clause[], place: Place): Located | Label {
  if (place.preamble) {
    const index = state.findIndex((c) => c.kind === 'preamble')
    return index === -1 ? noPlace('前文') : {list: state, index, clause: state[index]}
  }
  let list = state
  let found: Located | undefined
  const step = (kind: Clause['kind'], num: string, name: string): Label | undefined => {
    const matches = list.map((c, index) => [c, index] as const).filter(([c]) => c.kind === kind && c.num === num)
    if (matches.length !== 1) return matches.length === 0 ? noPlace(name) : {ja: `${name}が複数あります`, en: `${name} is ambiguous`}
    found = {list, index: matches[0][1], clause: matches[0][0]}
    list = found.clause.children
    return undefined
  }
  if (place.appendix !== undefined) {
    const problem = step('appendix', place.appendix, place.appendix)
    if (problem) return problem
  }
  if (place.article !== undefined) {
    const problem = step('article', place.article, `第${place.article}条`)
    if (problem) return problem
  }
  if (place.paragraph !== undefined) {
    const problem = step('paragraph', place.paragraph, `第${place.paragraph}項`)
    if (problem) return problem
  } else if (place.item !== undefined || place.table !== undefined) {
    // An article of one paragraph names its items and tables without 第一項.
    const paragraphs = list.filter((c) => c.kind === 'paragraph')
    if (found?.clause.kind === 'article') {
      if (paragraphs.length !== 1) return {ja: '項の指定がありません', en: 'the paragraph is not named'}
      found = {list, index: list.indexOf(paragraphs[0]), clause: paragraphs[0]}
      list = paragraphs[0].children
    }
  }
  if (place.item !== undefined) {
    const problem = step('item', place.item, `第${place.item}号`)
    if (problem) return problem
  }
  if (place.table !== undefined) {
    const tables = list.map((c, index) => [c, index] as const).filter(([c]) => c.kind === 'table')
    const pick = place.table === 0 ? (tables.length === 1 ? tables[0] : undefined) : tables[place.table - 1]
    if (!pick) return noPlace('表')
    found = {list, index: pick[1], clause: pick[0]}
  }
  return found ?? noPlace('条項')
}

const isLabel = (value: Located | Label): value is Label => 'ja' in value

function findRow(table: Clause, key: string): Located | Label {
  const rows = table.children.map((c, index) => [c, index] as const).filter(([c]) => !c.header && normal(c.text.split('|')[0]) === normal(key))
  if (rows.length !== 1) return rows.length === 0 ? noPlace(`「${key}」の項`) : {ja: `「${key}」の項が複数あります`, en: `the row 「${key}」 is ambiguous`}
  return {list: table.children, index: rows[0][1], clause: rows[0][0]}
}

function apply(state: Clause[], operation: Operation): Problem {
  const located = locate(state, operation.place)
  if (isLabel(located)) return located
  switch (operation.op) {
    case 'edit':
      return edit(located.clause, operation)
    case 'setCaption':
      if (located.clause.kind !== 'article') return noPlace('見出し')
      located.clause.caption = operation.caption
      return undefined
    case 'rewrite': {
      const [clause, ...more] = operation.block
      if (!clause || more.length > 0 || clause.kind !== located.clause.kind) return {ja: '改める条項の本文が読めません', en: 'the new text of the clause cannot be read'}
      if (clause.kind !== 'table' && clause.kind !== 'preamble' && clause.kind !== 'appendix') clause.num = located.clause.num
      clause.divisions ??= located.clause.divisions
      located.list[located.index] = clause
      return undefined
    }
    case 'delete': {
      const target = operation.row === undefined ? located : findRow(located.clause, operation.row)
      if (isLabel(target)) return target
      target.list.splice(target.index, 1)
      return undefined
    }
    case 'renumber': {
      const to = lastNumber(operation.to)
      const clause = located.clause
      if (located.list.some((c) => c !== clause && c.kind === clause.kind && c.num === to)) return collision(to)
      clause.num = to
      return undefined
    }
    case 'shift': {
      const from = located.clause
      const end = locate(state, operation.to)
      if (isLabel(end)) return end
      const low = from.num
      const high = end.clause.num
      const moving = located.list.filter((c) => c.kind === from.kind && compareNumbers(c.num, low) >= 0 && compareNumbers(c.num, high) <= 0)
      const by = operation.down ? operation.by : -operation.by
      const target = (num: string) => {
        const [main, ...branches] = num.split('-')
        return [String(Number(main) + by), ...branches].join('-')
      }
      const staying = new Set(located.list.filter((c) => c.kind === from.kind && !moving.includes(c)).map((c) => c.num))
      for (const clause of moving) if (staying.has(target(clause.num)) || Number(target(clause.num).split('-')[0]) < 1) return collision(target(clause.num))
      for (const clause of moving) clause.num = target(clause.num)
      return undefined
    }
    case 'add':
      return add(located, operation)
  }
}

function add(located: Located, operation: Extract<Operation, {op: 'add'}>): Problem {
  const block = operation.block
  if (block.length === 0 || (operation.count !== undefined && block.length !== operation.count)) return {ja: '加える条項の数が合いません', en: 'the number of clauses added does not match'}
  if (operation.row !== undefined) {
    const row = findRow(located.clause, operation.row)
    if (isLabel(row)) return row
    const rows = block.flatMap((c) => (c.kind === 'table' ? c.children : c.kind === 'row' ? [c] : []))
    row.list.splice(operation.where === 'after' ? row.index + 1 : row.index, 0, ...rows)
    return undefined
  }
  const list = operation.where === 'end' ? containerOf(located.clause, operation.unit) : located.list
  if (!list) return noPlace('加える場所')
  for (const clause of block) {
    if (clause.kind === 'preamble' || clause.kind === 'row') return {ja: '加える条項が読めません', en: 'the clauses added cannot be read'}
    if (clause.num !== '' && list.some((c) => c.kind === clause.kind && c.num === clause.num)) return collision(clause.num)
  }
  const at = operation.where === 'end' ? list.length : operation.where === 'after' ? located.index + 1 : located.index
  list.splice(at, 0, ...block)
  return undefined
}

/** The list new clauses are added at the end of: an article's paragraphs, a paragraph's items. */
function containerOf(clause: Clause, unit: string | undefined): Clause[] | undefined {
  if (unit === '号' && clause.kind === 'article') {
    const paragraphs = clause.children.filter((c) => c.kind === 'paragraph')
    return paragraphs.length === 1 ? paragraphs[0].children : undefined
  }
  return clause.children
}

const collision = (num: string): Label => ({ja: `番号 ${num.replace(/-/g, 'の')} が既にあります`, en: `number ${num} is already taken`})

const lastNumber = (place: Place): string => place.item ?? place.paragraph ?? place.article ?? ''

function edit(clause: Clause, operation: Extract<Operation, {op: 'edit'}>): Problem {
  let target = clause
  if (operation.row !== undefined) {
    const row = findRow(clause, operation.row)
    if (isLabel(row)) return row
    target = row.clause
  }
  for (const change of operation.edits) {
    if (operation.caption) {
      if (target.caption === undefined) return noPlace('見出し')
      const next = applyEdit(target.caption, change)
      if (next === undefined) return quoteProblem(target.caption, change)
      target.caption = next
      continue
    }
    // Words of an article of several paragraphs are looked for in all its paragraphs.
    const holders = target.kind === 'article' ? target.children.filter((c) => c.kind === 'paragraph') : [target]
    const quote = change.op === 'insert' ? change.anchor : change.from
    const hits = holders.filter((h) => findOnce(h.text, quote) !== 'missing')
    if (hits.length !== 1) return hits.length === 0 ? quoteProblem('', change) : ambiguous(quote)
    const next = applyEdit(hits[0].text, change)
    if (next === undefined) return quoteProblem(hits[0].text, change)
    hits[0].text = next
  }
  return undefined
}

const ambiguous = (quote: string): Label => ({ja: `「${quote}」が複数あります`, en: `「${quote}」 occurs more than once`})

function quoteProblem(text: string, change: TextEdit): Label {
  const quote = change.op === 'insert' ? change.anchor : change.from
  return findOnce(text, quote) === 'ambiguous' ? ambiguous(quote) : {ja: `「${quote}」がありません`, en: `「${quote}」 is not there`}
}
