// A range of clauses excluded in one phrase (第3条から第5条まで, 第2号ないし第4号): the
// reference reader gives its two ends; the clauses between them are excluded too. They are
// added once both ends have resolved to siblings in one upstream document, so the range is
// read as the upstream numbers it (第3条の2 between 第3条 and 第4条 included).
import {ownText} from '../parse/text.js'
import {childNodes, treeIndex} from '../parse/tree.js'
import type {Parent, ParsedDocument} from '../parse/types.js'
import type {ClauseReference, Exclusion} from './types.js'

/** The exclusions with the clauses between each range's ends inserted after its start. */
export function expandRanges(exclusions: Exclusion[], upstreams: ParsedDocument[]): Exclusion[] {
  const out: Exclusion[] = []
  exclusions.forEach((exclusion, index) => {
    out.push(exclusion)
    const end = exclusions[index + 1]
    if (exclusion.range !== 'from' || end?.range !== 'to' || !exclusion.target || !end.target) return
    if (exclusion.target.document !== end.target.document) return
    const upstream = upstreams[exclusion.target.document]
    for (const node of between(upstream, exclusion.target.clause, end.target.clause)) {
      out.push({
        reference: inRange(exclusion.reference, node),
        statedIn: exclusion.statedIn,
        target: {document: exclusion.target.document, clause: node.id, text: ownText(node).trim()},
        range: 'between'
      })
    }
  })
  return out
}

/** The start's reference with the number of the clause between put at its level: 第4条(2) → 第4条(3). */
function inRange(start: ClauseReference, node: Parent): ClauseReference {
  const num = 'num' in node && node.num !== undefined ? String(node.num) : ''
  const {raw, document, article} = start
  if (node.type === 'article') return {raw, document, article: num}
  if (node.type === 'paragraph') return {raw, document, article, paragraph: Number(num)}
  return {raw, document, article, paragraph: start.paragraph, item: Number(num)}
}

/**
 * The clauses strictly between two of the same kind, in order: articles among the articles
 * the tree index already lists as their siblings (the main provisions, across chapters, or
 * one 附則's), anything else among its parent's children.
 */
function between(upstream: ParsedDocument, fromId: string, toId: string): Parent[] {
  const index = treeIndex(upstream.tree)
  const from = index.byId.get(fromId)
  const to = index.byId.get(toId)
  if (!from || !to || from.type !== to.type) return []
  if (from.type === 'article' && to.type === 'article') {
    const start = index.siblings.get(from)
    const stop = index.siblings.get(to)
    return start && stop && start.list === stop.list && stop.at > start.at ? start.list.slice(start.at + 1, stop.at) : []
  }
  const parent = index.parent.get(from)
  if (!parent || index.parent.get(to) !== parent) return []
  const list = childNodes(parent).filter((child) => child.type === from.type)
  const at = list.indexOf(from)
  const stop = list.indexOf(to)
  return at === -1 || stop <= at ? [] : list.slice(at + 1, stop)
}
