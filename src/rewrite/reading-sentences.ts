// 読替え written as sentences rather than a table: 「X約款中「当社」とあるのは「A社」と、
// 「契約者」とあるのは「利用者」と読み替える」, or scoped to one clause: 「X約款第5条中
// 「30日前」とあるのは「2箇月前」と読み替えて適用する」. Each pair becomes a row of the
// reading table, carrying the sentence it came from and the document or clause it is limited to.
import {findReferences} from '../parse/references.js'
import type {Document} from '../parse/types.js'
import {fromReference} from '../terms/resolve.js'
import {sentencesOf} from '../terms/sentences.js'
import type {ReadingRow} from '../terms/types.js'

const pair = /「([^「」]+)」とあるのは、?「([^「」]+)」と/g
const reading = /読み?替え|読替/

/** The rows the reseller's 読替え sentences state, numbered from `first`. */
export function readingSentences(tree: Document, first = 1): ReadingRow[] {
  const rows: ReadingRow[] = []
  for (const sentence of sentencesOf(tree)) {
    const at = sentence.text.search(/「[^「」]+」とあるのは/)
    if (at === -1 || !reading.test(sentence.text.slice(at))) continue
    const scope = scopeOf(sentence.text.slice(0, at))
    let row = 0
    for (const match of sentence.text.slice(at).matchAll(pair)) {
      row++
      rows.push({
        index: first + rows.length,
        row,
        upstream: match[1].trim(),
        effective: match[2].trim(),
        sentence: {clause: sentence.clause, label: sentence.label, text: sentence.text},
        ...(scope && {scope})
      })
    }
  }
  return rows
}

/** What 「…中」 before the first pair limits the reading to: a document, or a clause of one. */
function scopeOf(prefix: string): ReadingRow['scope'] {
  const head = prefix.trimEnd()
  if (!head.endsWith('中')) return undefined
  const before = head.slice(0, -1)
  const reference = findReferences(before).filter((found) => found.kind === 'external' && (found.position.end.offset ?? 0) >= before.trimEnd().length - 1).pop()
  if (reference?.document) return {document: reference.document, clauses: [fromReference(reference)]}
  const name = /([^\s、。，,はをが]+)$/.exec(before)?.[1]
  return name ? {document: name} : undefined
}
