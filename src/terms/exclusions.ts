// Exclusions (適用除外): the reseller's "…は適用しません" sentence names upstream clauses
// (個別規程「第3条（目的）(1)」, 「第7条（…）(2) 甲オプション、…」); resolve.ts finds them
// in the upstream documents.
import {collectReferences} from '../parse/references.js'
import {clauseLabel} from '../parse/citation.js'
import {toText} from '../parse/text.js'
import type {Document} from '../parse/types.js'
import {fromReference} from './resolve.js'
import {sentenceAround} from './sentences.js'
import type {Exclusion} from './types.js'

// What a sentence says when it takes clauses out of force: 適用しません, 準用しない,
// 適用されないものとします, 適用はありません, 適用の対象外とします.
const excluding = /(?:適用|準用)(?:しません|しない|せず|されません|されない|を除外|除外|いたしません|の対象外|対象外)|(?:適用|準用)(?:は|が)(?:ない|ありません)/

/** The exclusions a reseller's document states, in order. */
export function readExclusions(tree: Document): Exclusion[] {
  const text = toText(tree)
  const exclusions: Exclusion[] = []
  for (const reference of collectReferences(tree)) {
    if (reference.kind !== 'external') continue
    const end = reference.position.end.offset ?? 0
    const stop = text.indexOf('。', end)
    if (!excluding.test(text.slice(end, stop === -1 ? undefined : stop))) continue
    const role = reference.series?.role
    exclusions.push({
      ...(role !== undefined && role !== 'member' && {range: role}),
      reference: fromReference(reference),
      statedIn: reference.source
        ? {clause: reference.source, label: clauseLabel(tree, reference.source), position: reference.position, sentence: sentenceAround(text, reference.position.start.offset ?? 0)}
        : undefined
    })
  }
  return exclusions
}
