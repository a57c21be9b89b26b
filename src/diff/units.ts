// The clauses of a version as the aligner sees them: type, number, caption and the name
// people cite it by. What decides sameness — the normalised text and its key — is made for
// the pairing and the bigrams for similarity for one alignment, then dropped, so that a
// large document is never held in all these forms at once. A clause's key is built
// from its own text and its children's keys, so each piece of text is normalised once
// however deep it sits.
import {isDateLine} from '../parse/classify/furniture.js'
import {articleLabel} from '../parse/normalize.js'
import {appendixNumber} from '../parse/citation.js'
import {bodyText} from '../parse/text.js'
import type {Document, Node, Parent, Table, TableRow, Text} from '../parse/types.js'
import {editorialKey} from './editorial.js'
import {compared, ownTitle} from './sentences.js'
import {gramDice, grams, type Grams} from './similarity.js'
import type {ClauseType, Label} from './types.js'
import {childNodes, dataRows} from '../parse/tree.js'

export interface Unit {
  node: Parent
  type: ClauseType
  /** normalised number ("10", "6-2", "3"); empty when the clause has none */
  num: string
  /** the number as written, or the appendix kind and title */
  label: string
  caption?: string
  /** 第6条第3項第7号 / Article 6, paragraph 3, item 7 */
  name: Label
  /** a row of a table whose first column numbers the rows: that cell is its number, not its text */
  numbered?: boolean
}

/**
 * Articles (inside chapters and sections too), appendices, and the text outside them: the
 * preamble before the first article, chapter and section headings, and text after the last
 * article, each run of it one unit, so that a document without articles is compared too.
 */
export function topUnits(tree: Document): Unit[] {
  const out: Unit[] = []
  let run: Text[] = []
  let holder: Parent = tree
  const flush = (name: Label) => {
    if (run.some((leaf) => leaf.value.trim() !== '')) out.push(textUnit(run, name, holder.id))
    run = []
  }
  const visit = (node: Parent, name: Label) => {
    holder = node
    for (const child of node.children) {
      if (child.type === 'text') {
        if (outsideRoles.has(child.role) && !isDateLine(child.value)) run.push(child)
      } else if (child.type === 'chapter' || child.type === 'section') {
        flush(name)
        const heading = {ja: `${child.label}${child.title ? ` ${child.title}` : ''}`, en: child.label}
        visit(child, heading)
        flush(heading)
        holder = node
      } else {
        flush(name)
        out.push(unitOf(child, {ja: '', en: ''}, 1))
      }
    }
  }
  visit(tree, labels.preamble)
  flush(labels.preamble)
  return out
}

// the text outside clauses that a reader compares: sentences, titles and headings, summaries beside
// the clauses; a date line alone is the version (DiffResult.old/new.version), not text
const outsideRoles = new Set(['body', 'title', 'num', 'aside'])

/** A run of text outside the clauses as one unit, under the id of the node holding it; its leaves are read as sentences. */
function textUnit(leaves: Text[], name: Label, id: string): Unit {
  const children: Text[] = leaves.map((leaf) => ({...leaf, role: 'body'}))
  const node = {type: 'document', id, meta: {}, children, position: {start: leaves[0].position.start, end: leaves[leaves.length - 1].position.end}} as Document
  return {node, type: 'preamble', num: '', label: name.ja, name}
}

/** The clauses directly inside some clauses (of one side), in order. */
export function childUnits(parents: Unit[]): Unit[] {
  const out: Unit[] = []
  for (const parent of parents) {
    const children = childNodes(parent.node)
    const paragraphs = children.filter((c) => c.type === 'paragraph').length
    const numbered = parent.node.type === 'table' && isNumbered(parent.node)
    let row = 0
    for (const child of children) {
      if (child.type === 'tableRow' && !child.header) row++
      out.push(unitOf(child, parent.name, paragraphs, numbered, row))
    }
  }
  return out
}

function unitOf(node: Parent, parentName: Label, paragraphs: number, numbered = false, row = 0): Unit {
  const base = (type: ClauseType, num: string, label: string, part: Label, caption?: string): Unit => ({
    node,
    type,
    num,
    label,
    caption,
    name: {ja: parentName.ja + part.ja, en: parentName.en && part.en ? `${parentName.en}, ${part.en}` : parentName.en + part.en}
  })
  switch (node.type) {
    case 'article': {
      return base('article', node.num, node.label, {ja: articleLabel(node.num), en: `Article ${node.num}`}, node.caption)
    }
    case 'paragraph': {
      // The only paragraph of an article is cited by the article alone.
      const part = paragraphs > 1 || node.num > 1 ? {ja: `第${node.num}項`, en: `paragraph ${node.num}`} : {ja: '', en: ''}
      return base('paragraph', String(node.num), node.label ?? '', part)
    }
    case 'item':
      return base('item', String(node.num), node.marker, {ja: `第${node.num}号`, en: `item ${node.num}`})
    case 'subitem':
      return base('subitem', String(node.num), node.marker, {ja: node.marker, en: node.marker})
    case 'table': {
      const part = node.num === undefined ? {ja: '表', en: 'table'} : {ja: `第${node.num}表`, en: `table ${node.num}`}
      return base('table', node.num === undefined ? '' : String(node.num), node.title ?? '', part)
    }
    case 'tableRow':
      return rowUnit(node, parentName, numbered, row)
    case 'appendix': {
      const label = `${node.kind}${appendixNumber(node)}`
      return base('appendix', label, node.title ? `${label} ${node.title}` : label, {ja: label, en: label})
    }
    default:
      return base('preamble', '', '', labels.preamble)
  }
}

const labels = {preamble: {ja: '前文', en: 'preamble'}}

/**
 * The normalised text of each clause, made once: a clause's key is its own sentences (or
 * cells) and its children's keys. One per comparison of two versions, dropped when the
 * clauses are paired.
 */
export class Keys {
  private readonly memo = new Map<Parent, string>()

  of(node: Parent): string {
    let key = this.memo.get(node)
    if (key !== undefined) return key
    key = ''
    let run = ''
    const title = ownTitle(node)
    for (const child of node.children) {
      if (child.type === 'text') {
        if (child.role === 'cell' || compared(child, title)) run += child.value
        continue
      }
      key += editorialKey(run) + this.of(child)
      run = ''
    }
    key += editorialKey(run)
    this.memo.set(node, key)
    return key
  }
}

function rowUnit(node: TableRow, parentName: Label, numbered: boolean, row: number): Unit {
  const part = node.header ? {ja: '見出し行', en: 'header row'} : {ja: `第${row}行`, en: `row ${row}`}
  const num = numbered && !node.header ? node.cells[0].trim() : ''
  return {node, type: 'tableRow', num, label: num, name: {ja: parentName.ja + part.ja, en: `${parentName.en}, ${part.en}`}, numbered: numbered && !node.header}
}

/** A row's cells as compared: without the number cell of a numbered table. */
const rowCellsOf = (unit: Unit) => {
  const cells = (unit.node as TableRow).cells
  return unit.numbered ? cells.slice(1) : cells
}

/** Every sentence and cell under the clause, as written. */
export function unitText(unit: Unit): string {
  return unit.type === 'tableRow' ? rowCellsOf(unit).join('|') : bodyText(unit.node)
}

/** The text without numbers, editorially normalised. */
function normalisedOf(unit: Unit, keys: Keys): string {
  return unit.type === 'tableRow' ? rowCellsOf(unit).map(editorialKey).join('|') : keys.of(unit.node)
}

/** Type, caption and normalised text: equal keys, same clause. */
export function unitKey(unit: Unit, keys: Keys): string {
  if (unit.type === 'tableRow') return `tableRow|${(unit.node as TableRow).header ? 'h' : ''}|${normalisedOf(unit, keys)}`
  const key = `${unit.type}|${unit.caption === undefined ? '' : editorialKey(unit.caption)}|${keys.of(unit.node)}`
  if (unit.type !== 'appendix') return key
  const node = unit.node as Extract<Node, {type: 'appendix'}>
  return `${key}|${unit.num}|${node.title ?? ''}`
}

/** A table whose first column counts its rows 1, 2, 3 … */
function isNumbered(table: Table): boolean {
  const rows = dataRows(table)
  return rows.length > 0 && rows.every((r) => /^\s*[0-9０-９]+\s*$/.test(r.cells[0] ?? ''))
}

/**
 * The similarity of clauses for one alignment, with the bigrams of each clause made on
 * first use and kept while the comparer is: one comparer per alignment, dropped after it.
 */
export class Comparer {
  private readonly texts = new Map<Unit, Grams>()
  private readonly captions = new Map<Unit, Grams | undefined>()

  constructor(readonly keys: Keys) {}

  /** The bigrams of a clause's normalised text. */
  gramsOf(unit: Unit): Grams {
    let found = this.texts.get(unit)
    if (!found) this.texts.set(unit, (found = grams(normalisedOf(unit, this.keys))))
    return found
  }

  private captionGramsOf(unit: Unit): Grams | undefined {
    if (unit.caption === undefined) return undefined
    let found = this.captions.get(unit)
    if (!found) this.captions.set(unit, (found = grams(editorialKey(unit.caption))))
    return found
  }

  /** How alike two clauses are; clauses of different types never are. */
  similarity(a: Unit, b: Unit): number {
    if (a.type !== b.type) return 0
    if (a.type === 'tableRow' && (a.node as TableRow).header !== (b.node as TableRow).header) return 0
    let score = gramDice(this.gramsOf(a), this.gramsOf(b))
    const captionA = this.captionGramsOf(a)
    const captionB = this.captionGramsOf(b)
    if (captionA && captionB) score = 0.7 * score + 0.3 * gramDice(captionA, captionB)
    if (a.type === 'appendix' && a.num.slice(0, 2) !== b.num.slice(0, 2)) score *= 0.5
    // The same number breaks ties between equally similar candidates.
    return Math.min(1, score + (a.num !== '' && a.num === b.num ? 0.02 : 0))
  }
}
