// The sentence texts of a clause tree, as references and defined terms are read from them:
// each clause's own body text as one string (the layout between its lines left out, so a
// word wrapped across lines is whole again), and each table cell on its own.
import {ownText} from '../text.js'
import type {Document, Node, Parent, Point, Table, Text} from '../types.js'

export interface ClauseText {
  /** id of the clause (or table row) whose text this is */
  source: string
  text: string
  /** the leaves joined into `text` */
  leaves: Text[]
  /** a table cell rather than sentence text */
  cell: boolean
}

const cache = new WeakMap<Document, ClauseText[]>()

/** Every clause text of the document, in document order (computed once per tree; a tree is not changed after parsing). */
export function clauseTexts(tree: Document): ClauseText[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const out: ClauseText[] = []
  const push = (leaves: Text[], source: string, cell: boolean) => {
    if (leaves.length > 0) out.push({source, text: leaves.map((leaf) => leaf.value).join(''), leaves, cell})
  }
  const visit = (node: Parent) => {
    let run: Text[] = []
    for (const child of node.children as Node[]) {
      if (child.type !== 'text') {
        push(run, node.id, false)
        run = []
        if (child.type !== 'table' || !isReadingTable(child, node)) visit(child)
      } else if (child.role === 'body') {
        run.push(child)
      } else if (child.role === 'cell') {
        push(run, node.id, false)
        run = []
        push([child], node.id, true)
      } else if (child.role !== 'layout' && child.role !== 'furniture') {
        // a number, caption or title ends the sentence text before it
        push(run, node.id, false)
        run = []
      }
    }
    push(run, node.id, false)
  }
  visit(tree)
  cache.set(tree, out)
  return out
}

/**
 * A 読替え table quotes another document's provisions and wording; its cells cite nothing
 * here. Known by its title or header, or by the clause that introduces it (次の表の…読み替える).
 */
function isReadingTable(table: Table, parent: Parent): boolean {
  const words = [table.title ?? '', ...(table.header ?? table.rows[0] ?? []), ownText(parent)]
  return words.some((text) => /読替|読み替/.test(text))
}

/** The document point of an offset into a clause text; an end offset on a leaf boundary belongs to the leaf before it. */
export function pointIn(clause: ClauseText, offset: number, isEnd = false): Point {
  let i = clause.leaves.length - 1
  let start = clause.text.length - clause.leaves[i].value.length
  while (i > 0 && (start > offset || (isEnd && start === offset))) {
    i--
    start -= clause.leaves[i].value.length
  }
  return leafPoint(clause.leaves[i], offset - start)
}

/** The document point of an offset into one leaf. */
export function leafPoint(leaf: Text, within: number): Point {
  const origin = leaf.position.start
  let line = origin.line
  let lineStart = -1
  for (let i = 0; i < within; i++) {
    const code = leaf.value.charCodeAt(i)
    if (code === 10 || (code === 13 && leaf.value.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i
    }
  }
  return {line, column: lineStart < 0 ? origin.column + within : within - lineStart, offset: (origin.offset ?? 0) + within}
}
