// The 新旧対照表 as data: one row per article or appendix (runs of unchanged ones folded
// into one （略） row), each with the lines of its 改正後 and 改正前 columns, and in each line
// the segments to underline. The markdown and HTML writers only lay this out.
import type {Lang} from '../parse/index.js'
import {spaceless} from './editorial.js'
import {changesWithin, type Change, type ClausePair, type ClauseRef, type DiffResult, type SentenceSide, type ChangeSeverity} from './types.js'

export interface Segment {
  text: string
  /** underlined: changed (傍線) */
  changed: boolean
}

export interface TaishoLine {
  /** 0 for an article, 1 for its paragraphs, 2 for items … */
  depth: number
  segments: Segment[]
  /** （略）, （新設） or （削る） rather than text of the document */
  note?: boolean
}

export interface TaishoRow {
  /** unique in the table: the new id, or old-ID for a removed clause */
  id: string
  /** 第11条（契約者が行う利用契約の解除）, 第1条〜第3条 for a folded run */
  title: string
  severity?: ChangeSeverity
  /** every change in the row, highest severity first */
  changes: Change[]
  after: TaishoLine[]
  before: TaishoLine[]
  /** a run of unchanged clauses shown as （略） */
  folded: boolean
}

export interface TaishoOptions {
  /** show unchanged clauses in full instead of （略） */
  full?: boolean
  lang?: Lang
}

const notes = {
  ja: {omitted: '（略）', added: '（新設）', removed: '（削る）'},
  en: {omitted: '(omitted)', added: '(new)', removed: '(deleted)'}
}

export function taishoRows(result: DiffResult, options: TaishoOptions = {}): TaishoRow[] {
  const writer = new Writer(options.full ?? false, notes[options.lang ?? 'ja'])
  const rows: TaishoRow[] = []
  let run: ClausePair[] = []
  const flush = () => {
    if (run.length === 0) return
    const first = run[0].new[0] ?? run[0].old[0]
    const last = run[run.length - 1].new[0] ?? run[run.length - 1].old[0]
    const title = run.length === 1 ? titleOf(first) : `${titleOf(first, false)}〜${titleOf(last, false)}`
    const omitted = [{depth: 0, segments: [{text: writer.notes.omitted, changed: false}], note: true}]
    rows.push({id: first.id, title, changes: [], after: omitted, before: omitted, folded: true})
    run = []
  }
  for (const pair of result.pairs) {
    if (!writer.full && pair.status === 'unchanged' && pair.same && !pair.renumbered) {
      run.push(pair)
      continue
    }
    flush()
    const changes = changesWithin([pair])
    const ref = pair.new[0] ?? pair.old[0]
    rows.push({
      id: pair.new[0] ? ref.id : `old-${ref.id}`,
      title: titleOf(ref),
      severity: changes[0]?.severity,
      changes,
      after: writer.lines(pair, 'new', 0),
      before: writer.lines(pair, 'old', 0),
      folded: false
    })
  }
  flush()
  return rows
}

function titleOf(ref: ClauseRef, withCaption = true): string {
  const label = ref.type === 'article' ? headingOf(ref) : ref.label
  return withCaption && ref.caption ? `${label}（${ref.caption}）` : label
}

class Writer {
  constructor(
    readonly full: boolean,
    readonly notes: {omitted: string; added: string; removed: string}
  ) {}

  /** The lines of one side of a pair: its heading and text, then its children. */
  lines(pair: ClausePair, side: 'old' | 'new', depth: number): TaishoLine[] {
    const refs = pair[side]
    if (refs.length === 0) return [this.note(depth, side === 'old' ? this.notes.added : this.notes.removed)]
    // A clause that exists on one side only is underlined whole.
    const whole = pair.status === 'added' || pair.status === 'removed'
    const numberChanged = pair.renumbered || pair.status === 'moved' || pair.status === 'split' || pair.status === 'merged'
    const captionChanged = !sameCaption(pair)
    const own = pair.sentences.flatMap((s) => (s[side] ? [{side: s[side]!, changed: whole || s.status !== 'unchanged'}] : []))
    const out: TaishoLine[] = []
    refs.forEach((ref, k) => {
      const segments: Segment[] = []
      const label = headingOf(ref)
      if (label) segments.push({text: label, changed: whole || numberChanged})
      if (ref.caption !== undefined) segments.push({text: `（${ref.caption}）`, changed: whole || captionChanged})
      if (k === 0 && own.length > 0) {
        if (segments.length > 0) segments.push({text: ref.type === 'article' ? '' : '　', changed: false})
        own.forEach(({side: sentence, changed}, i) => {
          if (i > 0 && ref.type === 'tableRow') segments.push({text: '　', changed: false})
          segments.push(...split(sentence, changed))
        })
      }
      if (segments.length > 0) out.push({depth, segments: segments.filter((s) => s.text !== '')})
    })
    if (!this.full && pair.same && !whole) {
      if (pair.children.length > 0) out.push(this.note(depth + 1, this.notes.omitted))
      return out
    }
    let folded = false
    for (const child of pair.children) {
      const unchanged = child.status === 'unchanged' && child.same && !child.renumbered
      if (!this.full && unchanged && !whole) {
        if (!folded) out.push(this.note(depth + 1, this.notes.omitted))
        folded = true
        continue
      }
      folded = false
      out.push(...this.lines(child, side, depth + 1))
    }
    return out
  }

  note(depth: number, text: string): TaishoLine {
    return {depth, segments: [{text, changed: false}], note: true}
  }
}

function sameCaption(pair: ClausePair): boolean {
  return spaceless(pair.old[0]?.caption ?? '') === spaceless(pair.new[0]?.caption ?? '')
}

function headingOf(ref: ClauseRef): string {
  if (ref.type === 'article') return ref.label.replace(/[\s\u3000]+/g, '')
  if (ref.type === 'table') return ref.num ? `第${ref.num}表　${ref.label}` : ref.label
  return ref.label
}

/** A sentence cut at its changed parts. */
function split(side: SentenceSide, changed: boolean): Segment[] {
  if (!changed) return [{text: side.text, changed: false}]
  const ranges = [...side.changed].sort((a, b) => a.from - b.from)
  const out: Segment[] = []
  let at = 0
  for (const range of ranges) {
    if (range.from > at) out.push({text: side.text.slice(at, range.from), changed: false})
    if (range.to > Math.max(at, range.from)) out.push({text: side.text.slice(Math.max(at, range.from), range.to), changed: true})
    at = Math.max(at, range.to)
  }
  if (at < side.text.length) out.push({text: side.text.slice(at), changed: false})
  return out
}
