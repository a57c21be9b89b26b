// References in a clause tree: each clause text is scanned in document order (so 同条 can
// point back across clauses) and positions are mapped back into the document.
import type {Document} from '../types.js'
import type {Reference, Step} from '../references.js'
import {citesQuote, quotedExample, quotedHeads} from './commentary.js'
import {treeIndex} from '../tree.js'
import {scanText, type Memory} from './scan.js'
import {clauseTexts, pointIn, type ClauseText} from './texts.js'

/**
 * Every reference in the document, in document order, each with the id of the clause that holds it.
 * `keepTexts: false` lets the clause texts go afterwards (the diff reads references once per version).
 * `only` leaves unscanned the clause texts it refuses, for a caller that wants only references
 * written out in full in one text (第3条第2号: what 同 and series numbers carry over from other
 * texts is then incomplete); a cheap test such as 「holds 条」 skips most of a long document.
 */
export function collectReferences(tree: Document, {keepTexts = true, only}: {keepTexts?: boolean; only?: (text: string) => boolean} = {}): Reference[] {
  const memory: Memory = {series: 0}
  const out: Reference[] = []
  let article: string | undefined
  for (const clause of clauseTexts(tree, {keep: keepTexts})) {
    // 同条・同項・同号 point back within one article: what the article before cited is not theirs
    const own = articleOf(clause.source)
    if (own !== article) {
      article = own
      memory.article = memory.paragraph = memory.item = undefined
    }
    if (only && !only(clause.text)) continue
    const context = clause.commentaryOn === undefined ? undefined : treeIndex(tree).articlesByNum.get(clause.commentaryOn)?.[0]?.id
    const heads = clause.commentary ? quotedHeads(clause.leaves) : undefined
    for (const found of scanText(clause.text, memory, context ?? clause.source)) {
      if (heads && found.kind !== 'external' && citesQuote(heads, found.path)) {
        found.kind = 'external'
        found.document = quotedExample
      }
      const {start, end, path, ...rest} = found
      out.push({
        ...rest,
        raw: clause.text.slice(start, end),
        position: {start: pointIn(clause, start), end: pointIn(clause, end, true)},
        path: path.map((step) => placeStep(clause, step)),
        source: clause.source,
        ...(context !== undefined && {context})
      })
    }
  }
  return out
}

function placeStep(clause: ClauseText, step: Step): Step {
  if (!step.span) return step
  return {...step, span: {start: pointIn(clause, step.span.start).offset!, end: pointIn(clause, step.span.end, true).offset!}}
}

/** The id of the article a clause id lies in (art_2 for art_2__para_1__item_3), or the id itself outside articles. */
function articleOf(source: string): string {
  const parts = source.split('__')
  const at = parts.findIndex((part) => part.startsWith('art_'))
  return at === -1 ? source : parts.slice(0, at + 1).join('__')
}
