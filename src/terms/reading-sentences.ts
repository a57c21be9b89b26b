// 読替え written as sentences rather than a table: 「X約款中「当社」とあるのは「A社」と、
// 「契約者」とあるのは「利用者」と読み替える」, or scoped to one clause: 「X約款第5条中
// 「30日前」とあるのは「2箇月前」と読み替えて適用する」. Also 「A」を「B」と（に）読み替える and
// 「A」は「B」と読み替える, and a list announced by 次のとおり読み替える (or a 別紙 読替表 written
// as a list) whose entries give the pairs (（１）「A」を「B」 / 「A」→「B」). Each pair becomes a row of the reading table,
// carrying the sentence it came from and the document or clause it is limited to.
import {findReferences} from '../parse/references.js'
import {treeIndex} from '../parse/tree.js'
import type {Document} from '../parse/types.js'
import {fromReference} from './resolve.js'
import {sentencesOf, type Sentence} from './sentences.js'
import type {ReadingRow} from './types.js'

const pair = /「([^「」]+)」(?:とあるのは|を|は)、?「([^「」]+)」(?:と|に)/g
// in the items of an announced list the verb may be left out: 「A」→「B」, 「A」：「B」, 「A」->「B」
const listPair = /「([^「」]+)」(?:とあるのは|を|は|[→⇒：:]|->|=>|から)、?[\s\u3000]*「([^「」]+)」/g
const reading = /読み?替え|読替/
// 次のとおり読み替える / 以下のように読み替えて適用する: the items below give the pairs
const announcesList = /(?:次|以下|下記)の(?:とおり|通り|ように)[^。]*読み?替/

/** The rows the reseller's 読替え sentences state, numbered from `first`. */
export function readingSentences(tree: Document, first = 1): ReadingRow[] {
  const rows: ReadingRow[] = []
  // a 別紙 読替表 written as a list: its entries give pairs as the items of an announced list do
  const readingAppendices = treeIndex(tree).appendices.flatMap((node) => (reading.test(node.title ?? '') ? [`${node.id}__`] : []))
  let lead: {sentence: Sentence; scope: ReadingRow['scope']} | undefined
  for (const sentence of sentencesOf(tree)) {
    const inLead = lead !== undefined && sentence.clause.startsWith(`${lead.sentence.clause}__`)
    if (!inLead) lead = undefined
    const inList = inLead || readingAppendices.some((prefix) => sentence.clause.startsWith(prefix))
    const at = sentence.text.search(/「[^「」]+」(?:とあるのは|を|は|[→⇒：:]|->|=>|から)/)
    if (at === -1 || !(reading.test(sentence.text.slice(at)) || inList)) {
      if (announcesList.test(sentence.text)) lead = {sentence, scope: scopeOf(sentence.text.slice(0, sentence.text.search(announcesList)))}
      continue
    }
    const scope = scopeOf(sentence.text.slice(0, at)) ?? lead?.scope
    let row = 0
    for (const match of sentence.text.slice(at).matchAll(inList ? listPair : pair)) {
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
