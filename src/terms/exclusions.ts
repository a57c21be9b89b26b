// Exclusions (適用除外): the reseller's "…は適用しません" sentence names upstream clauses
// (個別規程「第3条（目的）(1)」, 「第7条（…）(2) 甲オプション、…」); resolve.ts finds them
// in the upstream documents.
import {collectReferences} from '../parse/references.js'
import {clauseLabel} from '../parse/citation.js'
import {ownText, toText} from '../parse/text.js'
import {treeIndex} from '../parse/tree.js'
import type {Document} from '../parse/types.js'
import {fromReference} from './resolve.js'
import {sentenceAround} from './sentences.js'
import type {Exclusion} from './types.js'

// What a sentence says when it takes clauses out of force: 適用しません, 準用しない,
// 適用されないものとします, 適用はありません, 適用の対象外とします.
const excluding = /(?:適用|準用)(?:しません|しない|せず|されません|されない|を除外|除外|いたしません|の対象外|対象外)|(?:適用|準用)(?:は|が)(?:ない|ありません)/

// A lead that hands the clauses to its items: 次に掲げる規定は、適用しない
const announcesList = /(?:次|以下|下記)(?:に掲げる|に定める|に記載の|の)[^。]*?(?:規定|条項|条|項|号)/
// The document a lead takes the clauses from: ソラ約款のうち / 提供元約款中
const leadDocument = /([^\s、。「」『』]+?(?:約款|規約|規程))(?:の規定)?(?:のうち|中|における)/

/** The exclusions a reseller's document states, in order. */
export function readExclusions(tree: Document): Exclusion[] {
  const text = toText(tree)
  const index = treeIndex(tree)
  const leads = new Map<string, {document?: string} | undefined>()
  // the lead of the list an item stands in, when that lead excludes what its items name
  const leadOf = (clause: string | undefined) => {
    let node = clause === undefined ? undefined : index.byId.get(clause)
    while (node && (node.type === 'item' || node.type === 'subitem')) node = index.parent.get(node)
    if (!node || node.type !== 'paragraph' || node.id === clause) return undefined
    if (!leads.has(node.id)) {
      const own = ownText(node)
      const at = own.search(announcesList)
      leads.set(node.id, at !== -1 && excluding.test(own.slice(at)) ? {document: leadDocument.exec(own.slice(0, at))?.[1]} : undefined)
    }
    return leads.get(node.id)
  }
  const exclusions: Exclusion[] = []
  for (const reference of collectReferences(tree)) {
    const end = reference.position.end.offset ?? 0
    const stop = text.indexOf('。', end)
    const lead = leadOf(reference.source)
    const stated = reference.kind === 'external' && excluding.test(text.slice(end, stop === -1 ? undefined : stop))
    const listed = lead !== undefined && (reference.kind === 'external' || (reference.kind === 'absolute' && lead.document !== undefined))
    if (!stated && !listed) continue
    const role = reference.series?.role
    const clause = fromReference(reference)
    exclusions.push({
      ...(role !== undefined && role !== 'member' && {range: role}),
      reference: clause.document === undefined && lead?.document !== undefined ? {...clause, document: lead.document} : clause,
      statedIn: reference.source
        ? {clause: reference.source, label: clauseLabel(tree, reference.source), position: reference.position, sentence: sentenceAround(text, reference.position.start.offset ?? 0)}
        : undefined
    })
  }
  return exclusions
}
