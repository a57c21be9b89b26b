// Exclusions (適用除外): the reseller's "…は適用しません" sentence names upstream clauses
// (個別規程「第3条（目的）(1)」, 「第7条（…）(2) 甲オプション、…」); resolve.ts finds them
// in the upstream documents.
import {collectReferences} from '../parse/references.js'
import {clauseLabel} from '../parse/citation.js'
import {ownText, toText} from '../parse/text.js'
import {treeIndex} from '../parse/tree.js'
import type {Document, ParsedDocument} from '../parse/types.js'
import {fromReference, resolveExclusions} from './resolve.js'
import {readDocumentExclusions, resolveDocumentExclusions} from './document-exclusions.js'
import {nameResolver, type DocumentName} from './document-names.js'
import {sentenceAround} from './sentences.js'
import type {Exclusion} from './types.js'

// What a sentence says when it takes clauses out of force: 適用しません, 準用しない,
// 適用されないものとします, 適用されず, 適用はありません, 適用の対象外とします.
const excluding = /(?:適用|準用)(?:しません|しない|せず|されません|されない|されず|を除外|除外|いたしません|の対象外|対象外)|(?:適用|準用)(?:は|が)(?:ない|ありません)/

// A lead that hands the clauses to its items: 次に掲げる規定は、適用しない
const announcesList = /(?:次|以下|下記)(?:に掲げる|に定める|に記載の|の)[^。]*?(?:規定|条項|条|項|号)/
// The document a lead takes the clauses from: ソラ約款のうち / 提供元約款中
const leadDocument = /([^\s、。「」『』]+?(?:約款|規約|規程))(?:の規定)?(?:のうち|中|における)/

// …を除き / …を除く / …を除いて right after the clauses (not …に定める場合を除き)
const except = /^(?:の(?:各)?(?:規定|定め))?(?:を|は)除(?:き|く|いて|外)/
// 乙約款（第3条及び第5条を除きます。）, 「乙約款」（…）: the document the bracket belongs to
const bracketOwner = /(?:[「『]([^「」『』]+?(?:約款|規約|規程))[」』]|([^\s、。「」『』（）()]+?(?:約款|規約|規程)))[\s\u3000]*[（(](?:ただし[、，]?)?[\s\u3000]*$/

/**
 * The document a phrase takes clauses out of with 除き: the cited document, for 乙約款第3条を除き
 * as for 乙約款（第3条を除く。） (the scanner gives a bracket's clauses to the document it follows;
 * 本約款（第3条を除く。） stays the reseller's own); undefined when the phrase excepts nothing.
 */
function exceptedFrom(text: string, end: number, cited: string | undefined): string | undefined {
  if (!except.test(text.slice(end, end + 12))) return undefined
  return cited === undefined || /^(?:本|この|当該)/.test(cited) ? undefined : cited
}

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
  const references = collectReferences(tree)
  // a list or range (第3条及び第5条) is excepted as a whole: what follows its last member says so
  const seriesEnd = new Map<number, number>()
  for (const reference of references) if (reference.series) seriesEnd.set(reference.series.id, reference.position.end.offset ?? 0)
  const exclusions: Exclusion[] = []
  for (const reference of references) {
    const end = reference.position.end.offset ?? 0
    const stop = text.indexOf('。', end)
    const lead = leadOf(reference.source)
    const excepted = exceptedFrom(text, (reference.series && seriesEnd.get(reference.series.id)) ?? end, reference.kind === 'external' ? reference.document : undefined)
    const stated = reference.kind === 'external' && excluding.test(text.slice(end, stop === -1 ? undefined : stop))
    const listed = lead !== undefined && (reference.kind === 'external' || (reference.kind === 'absolute' && lead.document !== undefined))
    if (!stated && !listed && excepted === undefined) continue
    const role = reference.series?.role
    const clause = fromReference(reference)
    const document = clause.document ?? lead?.document ?? excepted
    exclusions.push({
      ...(role !== undefined && role !== 'member' && {range: role}),
      reference: document === undefined ? clause : {...clause, document},
      statedIn: reference.source
        ? {clause: reference.source, label: clauseLabel(tree, reference.source), position: reference.position, sentence: sentenceAround(text, reference.position.start.offset ?? 0)}
        : undefined
    })
  }
  return exclusions
}

/**
 * Every exclusion the reseller states — clauses, ranges, whole documents — and `extra` ones
 * (--exclude), resolved in the upstream documents. `defined` and `collective` are the names
 * the reseller gives the upstream terms (see resolveExclusions).
 */
export function resolvedExclusions(tree: Document, upstreams: ParsedDocument[], names: {defined: DocumentName[]; collective: string[]}, extra: Exclusion[] = []): Exclusion[] {
  const {defined, collective} = names
  const resolver = nameResolver(upstreams, defined, collective)
  // a document asked for on the command line must be there; one the text names need not be
  const asked = resolveDocumentExclusions(
    extra.filter((exclusion) => exclusion.whole),
    upstreams,
    resolver
  ).map((exclusion) => (exclusion.target ? exclusion : {...exclusion, problem: resolver.problem(exclusion.reference.document ?? exclusion.reference.raw, undefined)}))
  return [
    ...resolveExclusions([...readExclusions(tree), ...extra.filter((exclusion) => !exclusion.whole)], upstreams, collective, defined),
    ...resolveDocumentExclusions(readDocumentExclusions(tree, defined), upstreams, resolver),
    ...asked
  ]
}
