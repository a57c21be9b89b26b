// References in a clause tree: each clause text is scanned in document order (so 同条 can
// point back across clauses) and positions are mapped back into the document.
import type {Document} from '../types.js'
import type {Reference, Step} from '../references.js'
import {scanText, type Memory} from './scan.js'
import {clauseTexts, pointIn, type ClauseText} from './texts.js'

/** Every reference in the document, in document order, each with the id of the clause that holds it. */
export function collectReferences(tree: Document): Reference[] {
  const memory: Memory = {series: 0}
  const out: Reference[] = []
  for (const clause of clauseTexts(tree)) {
    for (const found of scanText(clause.text, memory, clause.source)) {
      const {start, end, path, ...rest} = found
      out.push({
        ...rest,
        raw: clause.text.slice(start, end),
        position: {start: pointIn(clause, start), end: pointIn(clause, end, true)},
        path: path.map((step) => placeStep(clause, step)),
        source: clause.source
      })
    }
  }
  return out
}

function placeStep(clause: ClauseText, step: Step): Step {
  if (!step.span) return step
  return {...step, span: {start: pointIn(clause, step.span.start).offset!, end: pointIn(clause, step.span.end, true).offset!}}
}
