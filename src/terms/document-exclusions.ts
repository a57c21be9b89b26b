// Whole documents out of force (文書全体の適用除外): 「オプション規程は、本サービスには適用
// しません」, 「本サービスには、『ソラ録音規程』を適用しない」, 「甲規程及び乙規程の適用はありません」.
// No clause is named, so exclusions.ts (which starts from references) never sees them.
// Only a plain statement counts: a condition between the name and the verb (…に定めがある
// 場合には, 第3条を除き) makes it about some clauses, not the document.
import type {Document, ParsedDocument} from '../parse/types.js'
import {compact} from '../parse/normalize.js'
import {treeIndex} from '../parse/tree.js'
import {fileStem, type DocumentName, type NameResolver} from './document-names.js'
import {sentencesOf} from './sentences.js'
import type {Exclusion} from './types.js'

// to whom it does not apply: 本サービスには / 契約者に対しては / 本契約について / 本サービスにおいては
const addressee = String.raw`(?:(?:本サービス|本契約|利用契約|この契約|当該契約|契約者|利用者|お客様)(?:に対して|について|に関して|において|には|に)は?[、，,\s　]*)?`
const verb = String.raw`(?:一切|いずれも|全て|すべて)?(?:適用|準用)(?:しません|しない|いたしません|されません|されない|されず|せず|の対象外)`
// NAME は（を）…適用しません, NAME の適用はありません
const statement = new RegExp(
  String.raw`(?:の(?:規定|定め|全部|全体|各規定))?(?:(?:は|を|については|に関しては)[、，,\s　]*${addressee}${verb}|の(?:適用|準用)(?:は|が)(?:ない|ありません))`,
  'g'
)
// a name as written: quoted, or the words back to the previous mark
const quoted = /[「『]([^「」『』]{2,60})[」』]$/
const bare = /([^、。，,・：:「」『』（）()\s\u3000]+(?:[\s\u3000][^、。，,・：:「」『』（）()\s\u3000]+)*)$/
const joinWord = /(?:及び|および|並びに|ならびに|又は|または)/
const joiner = new RegExp(`(?:${joinWord.source}|、|，|・)$`)
// the last name of a run: 甲規程及び乙規程 → 乙規程
const lastOfRun = new RegExp(`^.*${joinWord.source}`)
// 当社はオプション規程を / お客様にはIIJ規程を: a particle between words ends what comes before the name
const particle = /^.+(?:には|では|ては|は|が|を|に)(?=[\p{Script=Han}\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ0-9０-９])/u
// a name that reads as a body of terms even when no upstream given has it (掲げる規定 does not)
const namesDocument = /(?:約款|規約|規程|細則)$/
// names that are the reseller's own terms or point back at something: 本約款, 同規程, これらの規定
const notUpstream = /^(?:本|この|これ|それ|その|当該|同|前|次|上記|下記|以下|各)/

/**
 * The documents a reseller excludes as a whole, in order, each still to be resolved against
 * the upstream documents. A name must be one the reseller defines (以下「X」…), end like a
 * document (…約款, …規程), or be an upstream's title (甲SLA: kept only if it resolves).
 */
export function readDocumentExclusions(tree: Document, defined: DocumentName[] = []): Exclusion[] {
  const known = new Set(defined.map((entry) => compact(entry.name)))
  const found: Exclusion[] = []
  for (const sentence of sentencesOf(tree)) {
    for (const match of sentence.text.matchAll(statement)) {
      for (const name of namesBefore(withoutAside(sentence.text.slice(0, match.index)))) {
        if (!isDocumentName(name)) continue
        const position = treeIndex(tree).byId.get(sentence.clause)?.position
        // a name that is not one the reseller defined or that reads as a document (…規程) counts only where it is an upstream's title
        const named = known.has(compact(name)) || namesDocument.test(compact(name))
        found.push({
          reference: {raw: name, document: name, article: ''},
          whole: true,
          ...(!named && {onlyIfGiven: true}),
          statedIn: {clause: sentence.clause, label: sentence.label, position, sentence: sentence.text}
        })
      }
    }
  }
  return found
}

/** The text before a bracketed aside it ends with: 甲SLA（サービス品質保証制度） → 甲SLA. */
function withoutAside(text: string): string {
  const rest = text.trimEnd()
  if (!/[）)]$/.test(rest)) return rest
  let depth = 0
  for (let i = rest.length - 1; i >= 0; i--) {
    if (rest[i] === '）' || rest[i] === ')') depth++
    else if ((rest[i] === '（' || rest[i] === '(') && --depth === 0) return rest.slice(0, i)
  }
  return rest
}

/** The names that end where `text` ends, read backwards: 「A」及び「B」, 甲規程・乙規程. */
function namesBefore(text: string): string[] {
  const names: string[] = []
  let rest = text.trimEnd()
  for (;;) {
    const inQuotes = quoted.exec(rest)
    if (inQuotes) {
      names.unshift(inQuotes[1].trim())
      rest = rest.slice(0, inQuotes.index).trimEnd()
    } else {
      const words = bare.exec(rest)
      if (!words) break
      const run = words[1].slice(lastOfRun.exec(words[1])?.[0].length ?? 0)
      const name = subject(run)
      names.unshift(name)
      // 当社はX: what stands before the particle is not another name
      if (name !== run.trim()) break
      rest = rest.slice(0, rest.length - run.length).trimEnd()
    }
    const join = joiner.exec(rest)
    if (!join) break
    rest = rest.slice(0, -join[0].length).trimEnd()
  }
  return names
}

/** The name at the end of a run of words. */
function subject(run: string): string {
  const cut = particle.exec(run)
  return (cut ? run.slice(cut[0].length) : run).trim()
}

/** Whether a name can be a document's at all: not the reseller's own, not a pointer back, no clause number. */
function isDocumentName(name: string): boolean {
  const flat = compact(name)
  return flat.length >= 2 && !notUpstream.test(flat) && !/第[0-9一二三四五六七八九十百]+[条項号]/.test(flat) && !/[るたい]規定$|の規定$/.test(flat)
}

/**
 * Each whole-document exclusion resolved: one per upstream document its name stands for
 * (tried as written, then after its last の: 提供元のオプション規程 → オプション規程), with
 * the document's root as target; a name no upstream document answers to stays without a
 * target, since the reseller may well exclude a document the rewrite was not given — unless
 * only an upstream's title made it a name (甲SLA), when it is dropped.
 */
export function resolveDocumentExclusions(exclusions: Exclusion[], upstreams: ParsedDocument[], resolver: NameResolver): Exclusion[] {
  return exclusions.flatMap((exclusion) => {
    const name = exclusion.reference.document ?? exclusion.reference.raw
    const documents = exclusion.onlyIfGiven
      ? upstreams.flatMap((upstream, index) => (compact(upstream.tree.meta.title ?? '') === compact(name) || fileStem(upstream.path) === name ? [index] : []))
      : (resolver.resolve(name) ?? resolver.resolve(name.slice(name.lastIndexOf('の') + 1)) ?? [])
    if (documents.length === 0) return exclusion.onlyIfGiven ? [] : [exclusion]
    return documents.map((document) => ({...exclusion, target: {document, clause: upstreams[document].tree.id, text: ''}}))
  })
}
