// The sentence texts of a clause tree, as references and defined terms are read from them:
// each clause's own body text as one string (the layout between its lines left out, so a
// word wrapped across lines is whole again), and each table cell on its own.
import {pointFinder, type PointFinder} from '../lines.js'
import {ownText} from '../text.js'
import type {Document, Parent, Point, Table, Text} from '../types.js'
import {lastBefore} from '../search.js'
import {commentedArticle} from './commentary.js'

export interface ClauseText {
  /** id of the clause (or table row) whose text this is */
  source: string
  text: string
  /** the leaves joined into `text` */
  leaves: Text[]
  /** a table cell rather than sentence text */
  cell: boolean
  /** text of a commentary part (コメント) */
  commentary?: boolean
  /** in a commentary part: the number of the article the heading above the text comments on */
  commentaryOn?: string
}

const cache = new WeakMap<Document, ClauseText[]>()

/**
 * Every clause text of the document, in document order (computed once per tree; a tree is not
 * changed after parsing). `keep: false` reads them without keeping them for the tree's lifetime,
 * for a caller that reads them once (a copy of every sentence is about the size of the input).
 */
export function clauseTexts(tree: Document, {keep = true}: {keep?: boolean} = {}): ClauseText[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const out: ClauseText[] = []
  let commentaryOn: string | undefined
  const push = (leaves: Text[], source: string, cell: boolean, commentary = false) => {
    if (leaves.length === 0) return
    const text: ClauseText = {source, text: leaves.map((leaf) => leaf.value).join(''), leaves, cell}
    if (commentary) text.commentary = true
    if (commentaryOn !== undefined) text.commentaryOn = commentaryOn
    out.push(text)
  }
  // A loop, not unist-util-visit: over a whole tree visit's per-node cost doubles the check time (npm run bench -- check).
  const walk = (node: Parent) => {
    let run: Text[] = []
    const commentary = node.type === 'appendix' && node.kind === 'コメント'
    for (const child of node.children) {
      if (child.type !== 'text') {
        push(run, node.id, false, commentary)
        run = []
        if (child.type !== 'table' || !isReadingTable(child, node)) walk(child)
      } else if (child.role === 'body') {
        const named = commentary ? commentedArticle(child.value) : undefined
        if (named !== undefined) {
          // a 第N条関係 heading: the text after it is read from article N
          push(run, node.id, false, commentary)
          run = []
          commentaryOn = named ?? undefined
        }
        run.push(child)
      } else if (child.role === 'cell') {
        push(run, node.id, false, commentary)
        run = []
        push([child], node.id, true, commentary)
      } else if (child.role !== 'layout' && child.role !== 'furniture') {
        // a number, caption or title ends the sentence text before it
        push(run, node.id, false, commentary)
        run = []
      }
    }
    push(run, node.id, false, commentary)
    if (commentary) commentaryOn = undefined
  }
  walk(tree)
  if (keep) cache.set(tree, out)
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
  const starts = leafStarts(clause)
  // the last leaf starting at or before the offset (strictly before it for an end offset)
  const leaf = Math.max(0, lastBefore(starts.length, (i) => starts[i] < offset || (!isEnd && starts[i] === offset)))
  return leafPoint(clause.leaves[leaf], offset - starts[leaf])
}

// Lookups built once per clause and per leaf, so that placing every reference of a long line costs
// a binary search each, not a walk from the line's start.
const startsCache = new WeakMap<ClauseText, number[]>()
const findersCache = new WeakMap<Text, PointFinder>()

function leafStarts(clause: ClauseText): number[] {
  let starts = startsCache.get(clause)
  if (!starts) {
    starts = []
    let at = 0
    for (const leaf of clause.leaves) {
      starts.push(at)
      at += leaf.value.length
    }
    startsCache.set(clause, starts)
  }
  return starts
}

/** The document point of an offset into one leaf. */
export function leafPoint(leaf: Text, within: number): Point {
  let finder = findersCache.get(leaf)
  if (!finder) {
    finder = pointFinder(leaf.value)
    findersCache.set(leaf, finder)
  }
  const {line, column} = finder(within)
  const origin = leaf.position.start
  return {line: origin.line + line - 1, column: line === 1 ? origin.column + within : column, offset: (origin.offset ?? 0) + within}
}
