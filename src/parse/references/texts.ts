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

/** Every clause text of the document, in document order. */
export function clauseTexts(tree: Document): ClauseText[] {
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
  const before = leaf.value.slice(0, within)
  const breaks = before.match(/\r\n|\r|\n/g)?.length ?? 0
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  const origin = leaf.position.start
  return {
    line: origin.line + breaks,
    column: breaks === 0 ? origin.column + within : within - lastBreak,
    offset: (origin.offset ?? 0) + within
  }
}
