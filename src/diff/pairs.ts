// The clause alignment of two versions: articles and appendices first (with moves, splits
// and merges), then, inside each pair, paragraphs, items, sub-items, tables and rows.
import {align, maxCells} from './align.js'
import {containment, union} from './similarity.js'
import {childUnits, Comparer, Keys, unitKey, type Unit} from './units.js'
import type {PairStatus} from './types.js'

export interface PairNode {
  status: PairStatus
  olds: Unit[]
  news: Unit[]
  children: PairNode[]
  /** the clause's number changed (and it did not move) */
  renumbered: boolean
}

const articleOptions = {threshold: 0.5, moveThreshold: 0.75}
const clauseOptions = {threshold: 0.4, moveThreshold: 0.85}
// A part of a split article must be this much inside the old one (and a merged one inside the new).
const partOf = 0.8
// …and the part the old article was paired with at least this much.
const pairedPartOf = 0.6
const minimumPart = 10

/** Pairs of the top level (articles, appendices, preamble) and, recursively, of what they hold; fills idMap old id → new id. */
export function pairDocuments(olds: Unit[], news: Unit[], idMap: Map<string, string>): PairNode[] {
  const keys = new Keys()
  const comparer = new Comparer(keys)
  const rows = splitsAndMerges(alignUnits(olds, news, articleOptions, comparer), comparer)
  const nodes = rows.map((row) => build(row, idMap, keys))
  pairMovedClauses(nodes, idMap, keys)
  return nodes
}

/**
 * A paragraph or item removed from one article and added to another with the same or nearly
 * the same text is a move (第1条第2項 → 第3条第2項): the added clause becomes one moved pair,
 * and the removed one goes. Only clauses of articles found in both versions are compared, and
 * no more pairs of them than the aligner's own bound (beyond it a text is rewritten, not moved).
 */
function pairMovedClauses(nodes: PairNode[], idMap: Map<string, string>, keys: Keys): void {
  const removed: Array<{list: PairNode[]; node: PairNode}> = []
  const added: Array<{list: PairNode[]; node: PairNode}> = []
  const walk = (list: PairNode[], top: boolean) => {
    for (const node of list) {
      if (node.status === 'added' || node.status === 'removed') {
        if (!top) (node.status === 'added' ? added : removed).push({list, node})
        continue
      }
      walk(node.children, false)
    }
  }
  walk(nodes, true)
  if (removed.length === 0 || added.length === 0 || removed.length * added.length > maxCells) return
  const comparer = new Comparer(keys)
  const taken = new Set<PairNode>()
  for (const entry of added) {
    const unit = entry.node.news[0]
    let best: {entry: (typeof removed)[number]; similarity: number} | undefined
    for (const candidate of removed) {
      const old = candidate.node.olds[0]
      if (taken.has(candidate.node) || old.type !== unit.type) continue
      const similarity = comparer.similarity(old, unit)
      if (similarity >= clauseOptions.moveThreshold && (!best || similarity > best.similarity)) best = {entry: candidate, similarity}
    }
    if (!best) continue
    taken.add(best.entry.node)
    entry.list[entry.list.indexOf(entry.node)] = build({status: 'moved', olds: best.entry.node.olds, news: entry.node.news}, idMap, keys)
    best.entry.list.splice(best.entry.list.indexOf(best.entry.node), 1)
  }
}

interface Row {
  status: PairStatus
  olds: Unit[]
  news: Unit[]
}

/** `comparer` holds the bigrams of the clauses compared, for as long as it is kept. */
function alignUnits(olds: Unit[], news: Unit[], options: {threshold: number; moveThreshold: number}, comparer: Comparer): Row[] {
  return align(olds, news, {key: (unit) => unitKey(unit, comparer.keys), similarity: (a, b) => comparer.similarity(a, b), ...options}).map((a) => {
    const old = a.old === undefined ? [] : [olds[a.old]]
    const neu = a.new === undefined ? [] : [news[a.new]]
    const status: PairStatus = a.old === undefined ? 'added' : a.new === undefined ? 'removed' : a.moved ? 'moved' : a.exact ? 'unchanged' : 'changed'
    return {status, olds: old, news: neu}
  })
}

/**
 * An added article cut out of an old one that is still paired with its other part is a
 * split; a removed article absorbed into a new one whose other part it was paired with is
 * a merge. Both become one row holding every part.
 */
function splitsAndMerges(rows: Row[], comparer: Comparer): Row[] {
  const articleRows = rows.filter((r) => r.olds.concat(r.news).every((u) => u.type === 'article'))
  absorbParts(articleRows, 'added', 'news', 'olds', 'split', comparer)
  absorbParts(articleRows, 'removed', 'olds', 'news', 'merged', comparer)
  for (const row of rows) {
    if (row.status === 'split') row.news.sort((a, b) => offset(a) - offset(b))
    if (row.status === 'merged') row.olds.sort((a, b) => offset(a) - offset(b))
  }
  return rows.filter((r) => r.olds.length + r.news.length > 0)
}

/** Moves each lone `status` article that is a part of a one-clause host (on the `whole` side) into that host's `parts`. */
function absorbParts(articleRows: Row[], status: 'added' | 'removed', parts: 'olds' | 'news', whole: 'olds' | 'news', becomes: 'split' | 'merged', comparer: Comparer): void {
  const gramsOf = (unit: Unit) => comparer.gramsOf(unit)
  for (const row of articleRows) {
    if (row.status !== status || gramsOf(row[parts][0]).length < minimumPart) continue
    const part = row[parts][0]
    const host = articleRows.find(
      (r) =>
        r.olds.length > 0 &&
        r.news.length > 0 &&
        r[whole].length === 1 &&
        r !== row &&
        containment(gramsOf(part), gramsOf(r[whole][0])) >= partOf &&
        containment(union(r[parts].map(gramsOf)), gramsOf(r[whole][0])) >= pairedPartOf
    )
    if (!host) continue
    host[parts].push(part)
    host.status = becomes
    row[parts] = []
  }
}

const offset = (unit: Unit) => unit.node.position.start.offset ?? 0

function build(row: Row, idMap: Map<string, string>, keys: Keys): PairNode {
  const {olds, news} = row
  if (olds.length > 0 && news.length > 0) for (const old of olds) if (!idMap.has(old.node.id)) idMap.set(old.node.id, news[0].node.id)
  const renumbered = row.status !== 'moved' && olds.length === 1 && news.length === 1 && olds[0].num !== news[0].num && olds[0].num !== '' && news[0].num !== ''
  // An added or removed clause holds added or removed clauses, kept for showing its text.
  const children =
    olds.length > 0 && news.length > 0
      ? alignUnits(childUnits(olds), childUnits(news), clauseOptions, new Comparer(keys)).map((child) => build(child, idMap, keys))
      : childUnits(olds.length > 0 ? olds : news).map((unit) =>
          build({status: row.status, olds: olds.length > 0 ? [unit] : [], news: olds.length > 0 ? [] : [unit]}, idMap, keys)
        )
  // Exact keys say the text is the same; what lies below may still differ in layout only.
  const status = row.status === 'unchanged' && children.some((c) => c.status !== 'unchanged') ? 'changed' : row.status
  return {status, olds, news, children, renumbered}
}
