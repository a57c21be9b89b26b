// The clause tree as an amendment sees it: numbered clauses with their own sentence text,
// captions and children, nothing of the layout. A 改め文 is applied to this model, and two
// versions are equal when their models are equal after the document's own normalisation
// (width folded, spaces removed: `compact`).
import {appendixNumber} from '../parse/citation.js'
import {compact} from '../parse/normalize.js'
import type {Document, Node, Parent} from '../parse/types.js'
import {childNodes} from '../parse/tree.js'

export type ClauseKind = 'preamble' | 'article' | 'paragraph' | 'item' | 'subitem' | 'table' | 'row' | 'appendix'

export interface Clause {
  kind: ClauseKind
  /** normalised number: "10", "6-2" (第6条の2), "3"; for an appendix its kind and number (別表1); "" for none */
  num: string
  /** article caption without brackets, table title, appendix title */
  caption?: string
  /** the clause's own sentences (a row: its cells joined by `|`) */
  text: string
  children: Clause[]
  /** subitem depth (1 under an item) */
  depth?: number
  /** a subitem's marker as written (イ, (1), (a)) */
  marker?: string
  /** a header row of a table */
  header?: boolean
  /** chapter and section headings standing just before an article, as written */
  divisions?: string[]
  /** the id of the node the clause came from (absent for clauses an amendment added) */
  id?: string
}

export type Numerals = 'kanji' | 'arabic'

export interface Model {
  numerals: Numerals
  clauses: Clause[]
}

/** The model of a parsed document; numerals are kanji when its article heads are written so. */
export function modelOf(tree: Document): Model {
  const clauses: Clause[] = []
  const preamble: string[] = []
  let divisions: string[] = []
  let kanji = 0
  let arabic = 0
  const visit = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (node.type === 'document' && child.role === 'body') preamble.push(child.value)
        continue
      }
      if (child.type === 'chapter' || child.type === 'section') {
        divisions.push([child.label, child.title].filter(Boolean).join('　'))
        visit(child)
        continue
      }
      if (child.type === 'article') {
        if (/[一二三四五六七八九十百]/.test(child.label)) kanji++
        else arabic++
      }
      const clause = clauseOf(child)
      if (divisions.length > 0 && clause.kind === 'article') {
        clause.divisions = divisions
        divisions = []
      }
      clauses.push(clause)
    }
  }
  visit(tree)
  if (preamble.length > 0) clauses.unshift({kind: 'preamble', num: '', text: preamble.join('\n'), children: []})
  return {numerals: kanji > arabic ? 'kanji' : 'arabic', clauses}
}

function clauseOf(node: Exclude<Node, {type: 'text'}>): Clause {
  const own = ownBody(node)
  const children = childNodes(node).map(clauseOf)
  const base = {text: own, children, id: node.id}
  switch (node.type) {
    case 'article':
      return {...base, kind: 'article', num: node.num, caption: node.caption}
    case 'paragraph':
      return {...base, kind: 'paragraph', num: String(node.num)}
    case 'item':
      return {...base, kind: 'item', num: node.branch ? `${node.num}-${node.branch}` : String(node.num)}
    case 'subitem':
      return {...base, kind: 'subitem', num: String(node.num), depth: node.depth, marker: node.marker}
    case 'table':
      return {...base, kind: 'table', num: node.num === undefined ? '' : String(node.num), caption: node.title, text: ''}
    case 'tableRow':
      return {kind: 'row', num: '', text: node.cells.join('|'), children: [], header: node.header, id: node.id}
    case 'appendix':
      return {...base, kind: 'appendix', num: `${node.kind}${appendixNumber(node)}`, caption: node.title}
    default:
      return {...base, kind: 'preamble', num: ''}
  }
}

/** A clause's own body text: its leaves joined, each line break kept as one newline. */
function ownBody(node: Parent): string {
  const parts: string[] = []
  for (const child of node.children) if (child.type === 'text' && child.role === 'body') parts.push(child.value)
  return parts.join('')
}

/** The form two versions are compared in: line breaks are layout too. */
export const normal = (text: string) => compact(text).replace(/[\r\n]/g, '')

/** A place where two models differ: the clause path (in the first model's numbers) and what differs. */
export interface Difference {
  path: string
  what: 'missing' | 'extra' | 'number' | 'caption' | 'text' | 'kind'
  expected?: string
  actual?: string
}

/** Every place where `actual` differs from `expected`, in document order. */
export function differences(expected: Clause[], actual: Clause[], path = ''): Difference[] {
  const out: Difference[] = []
  const n = Math.max(expected.length, actual.length)
  for (let i = 0; i < n; i++) {
    const e = expected[i]
    const a = actual[i]
    const here = `${path}${path ? '/' : ''}${e ? pathPart(e) : pathPart(a!)}`
    if (!a) {
      out.push({path: here, what: 'missing', expected: summary(e)})
      continue
    }
    if (!e) {
      out.push({path: here, what: 'extra', actual: summary(a)})
      continue
    }
    if (e.kind !== a.kind) {
      out.push({path: here, what: 'kind', expected: e.kind, actual: a.kind})
      continue
    }
    if (e.num !== a.num && e.kind !== 'row') out.push({path: here, what: 'number', expected: e.num, actual: a.num})
    if (normal(e.caption ?? '') !== normal(a.caption ?? '')) out.push({path: here, what: 'caption', expected: e.caption ?? '', actual: a.caption ?? ''})
    if (normal(e.text) !== normal(a.text)) out.push({path: here, what: 'text', expected: e.text, actual: a.text})
    out.push(...differences(e.children, a.children, here))
  }
  return out
}

const pathPart = (c: Clause) => (c.kind === 'row' ? 'row' : `${c.kind}${c.num ? ':' + c.num : ''}`)
const summary = (c: Clause) => (c.caption ? `（${c.caption}）` : '') + c.text.slice(0, 40)

/** A deep copy, so that applying an amendment never touches the tree it started from. */
export function cloneClauses(clauses: Clause[]): Clause[] {
  return clauses.map((c) => ({...c, children: cloneClauses(c.children), divisions: c.divisions && [...c.divisions]}))
}
