// The citations of a version (from the parser's reference scanner), each with the clauses it
// resolves to, looked up by source offset. Comparing citations through the alignment tells a
// number that merely follows a renumbering from a citation that now points elsewhere.
import {compact} from '../parse/normalize.js'
import {collectReferences, resolveReference} from '../parse/references.js'
import type {Document} from '../parse/types.js'
import {lastBefore} from '../parse/search.js'

export interface Citation {
  /** source offsets */
  start: number
  end: number
  raw: string
  /** what it points at: `to:art_10__para_1`, `ext:個別規程「第3条…」`, or `raw:前項` when unresolved */
  target: string
  /** the resolved clause ids (empty for external or unresolved) */
  ids: string[]
}

export function citationsOf(tree: Document): Citation[] {
  const out: Citation[] = []
  for (const ref of collectReferences(tree, {keepTexts: false})) {
    const start = ref.position.start.offset ?? 0
    const end = ref.position.end.offset ?? start
    const ids = ref.kind === 'external' ? [] : resolveReference(ref, tree)
    const target = ref.kind === 'external' ? `ext:${compact(ref.raw)}` : ids.length > 0 ? `to:${ids.join(',')}` : `raw:${compact(ref.raw)}`
    out.push({start, end, raw: ref.raw, target, ids})
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Citations that start inside [start, end). */
export function citationsWithin(citations: Citation[], start: number, end: number): Citation[] {
  const out: Citation[] = []
  for (let i = lastBefore(citations.length, (k) => citations[k].start < start) + 1; i < citations.length && citations[i].start < end; i++) out.push(citations[i])
  return out
}

/** An old citation's target as it should read in the new version, the renumbering applied. */
export function carryTarget(citation: Citation, idMap: Map<string, string>): string {
  if (citation.ids.length === 0) return citation.target
  return `to:${citation.ids.map((id) => idMap.get(id) ?? `gone:${id}`).join(',')}`
}
