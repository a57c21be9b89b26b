// Precedence (適用関係): the reseller states which documents prevail, in order
// (「見積書」・「申込書」、「本約款」、「提携事業者約款」の順に優先して適用). Where the
// reseller's own terms rank above the upstream terms, an upstream article that shares a
// caption with a reseller article is overridden by it (解約の予告: 30日前 → 2ヶ月前).
import {compact} from '../parse/normalize.js'
import {ownText, toText} from '../parse/text.js'
import type {Document, Paragraph, Parent} from '../parse/types.js'
import {collectReferences} from '../parse/references.js'
import {treeIndex} from '../parse/tree.js'
import {clauseLabel} from '../parse/citation.js'
import type {Override, Precedence} from './types.js'
import type {DocumentName} from './document-names.js'
import {sentencesOf} from './sentences.js'

// The sentence that ranks documents.
const ranking = /の順(?:に|で|序で)?(?:優先|適用)|優先順位/
// How the reseller names its own terms.
const ownTerms = /^(?:本|この|当該)(?:[\u30a0-\u30ffー\u4e00-\u9fff]{0,8}?(?:約款|規約|規程)|条件|特約|契約条件|利用条件)$/
const termsWord = /約款|規約|規程|条件/
const ownWord = /(?:本|この)(?:[\u30a0-\u30ffー\u4e00-\u9fff]{0,8}?(?:約款|規約|規程)|契約条件|利用条件|条件|特約)/g

/**
 * What the reseller calls its own terms (本約款, 本規約, 本条件): from its ranking, else the
 * name it uses most often for itself, else 本約款.
 */
export function selfName(precedence: Precedence | undefined, tree?: Document): string {
  const rank = precedence?.reseller === undefined ? undefined : precedence.ranks[precedence.reseller]
  const ranked = rank?.find((name) => ownTerms.test(compact(name)))
  if (ranked !== undefined || tree === undefined) return ranked ?? '本約款'
  const counts = new Map<string, number>()
  for (const match of toText(tree).matchAll(ownWord)) if (match[0].startsWith('本')) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '本約款'
}

/**
 * The ranking the reseller states, or undefined when it states none: a list in order
 * (「A」、「B」の順に優先して), a winner where they conflict (AとBが抵触するときは、Aが優先して
 * 適用される), or what applies where the reseller says nothing (本約款に定めのない事項は、Bによる).
 * `defined` are the document names the reseller defines, which it may write without quotes.
 */
export function readPrecedence(tree: Document, defined: DocumentName[] = []): Precedence | undefined {
  const known = [...defined.map((entry) => entry.name)]
  for (const paragraph of paragraphs(tree)) {
    const text = ownText(paragraph)
    const at = text.search(ranking)
    if (at === -1) continue
    const ranks = quotedList(text.slice(0, at))
    if (ranks.length < 2) continue
    return ranked(tree, ranks, paragraph.id)
  }
  for (const sentence of sentencesOf(tree)) {
    const ranks = conflictRule(sentence.text, known) ?? fallbackRule(sentence.text, known) ?? plainList(sentence.text, known)
    if (ranks) return ranked(tree, ranks, sentence.clause)
  }
  return undefined
}

function ranked(tree: Document, ranks: string[][], clause: string): Precedence {
  const reseller = ranks.findIndex((rank) => rank.some((name) => ownTerms.test(compact(name))))
  const upstream = ranks.findIndex((rank, index) => index !== reseller && rank.some((name) => termsWord.test(name) && !ownTerms.test(compact(name))))
  return {
    ranks,
    reseller: reseller === -1 ? undefined : reseller,
    upstream: upstream === -1 ? undefined : upstream,
    statedIn: {clause, label: clauseLabel(tree, clause)}
  }
}

// The names a sentence uses for documents: quoted, the reseller's own (本約款), or defined.
// `at` and `span` cover the quotes too.
function namesIn(text: string, known: string[]): Array<{name: string; at: number; span: number}> {
  const found: Array<{name: string; at: number; span: number}> = []
  const taken = (at: number) => found.some((entry) => entry.at <= at && at < entry.at + entry.span)
  for (const match of text.matchAll(/[「『]([^「」『』]+)[」』]/g)) if (termsWord.test(match[1]) || /書$/.test(match[1])) found.push({name: match[1], at: match.index, span: match[0].length})
  for (const match of text.matchAll(ownWord)) if (!taken(match.index)) found.push({name: match[0], at: match.index, span: match[0].length})
  for (const name of known) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (!taken(at)) found.push({name, at, span: name.length})
    }
  }
  return found.sort((a, b) => a.at - b.at)
}

// 本約款と提供元約款の規定が抵触するときは、本約款が優先して適用される
function conflictRule(text: string, known: string[]): string[][] | undefined {
  if (!/抵触|矛盾|異なる|相違|食い違|齟齬|不一致|競合/.test(text)) return undefined
  // 本約款が優先して適用される / 本規約の定めを優先して適用します / 本規約が優先します / 本規約の内容を優先します
  const win = /[「『]?([^「」『』、。\s]+?)[」』]?(?:の(?:規定|定め|内容|条項))?(?:が|を)優先(?:して|的に)?(?:適用|する|し(?:ます|、)|され)/.exec(text)
  if (!win) return undefined
  const names = namesIn(text.slice(0, win.index), known)
  const winner = names.find((entry) => compact(entry.name) === compact(win[1]))?.name ?? (ownTerms.test(compact(win[1])) ? win[1] : undefined)
  if (!winner) return undefined
  const others = unique(names.map((entry) => entry.name).filter((name) => compact(name) !== compact(winner)))
  return others.length === 0 ? undefined : [[winner], others]
}

// 本約款に定めのない事項は、アオバ約款の定めるところによります / 本規約に定めがない場合は、
// 提供元約款を適用します / 提供元約款は、本規約に定めのない範囲で適用されます
function fallbackRule(text: string, known: string[]): string[][] | undefined {
  const own = '((?:本|この)(?:約款|規約|規程|契約約款|サービス契約約款))に(?:定め|規定)(?:の|が)ない'
  const rule = new RegExp(`${own}(?:事項|場合|もの|とき)(?:について|に関して)?(?:は|には)?、?(.+?)(?:の(?:定め|規定)(?:る(?:ところ)?)?)?(?:に(?:よ|従)|を(?:適用|準用))`).exec(text)
  if (rule) {
    const others = namesIn(rule[2], known).map((entry) => entry.name)
    return others.length === 0 ? undefined : [[rule[1]], unique(others)]
  }
  const reversed = new RegExp(`^(.+?)(?:の規定)?は、?${own}(?:範囲|事項|場合|限り)(?:で|において|に限り|について)?、?(?:適用|準用)`).exec(text)
  if (!reversed) return undefined
  const others = namesIn(reversed[1], known).map((entry) => entry.name)
  return others.length === 0 ? undefined : [[reversed[2]], unique(others)]
}

// 本約款、提供元約款の順に優先して適用します (names without quotes)
function plainList(text: string, known: string[]): string[][] | undefined {
  const at = text.search(ranking)
  if (at === -1) return undefined
  const ranks: string[][] = []
  let rest = text.slice(0, at).trimEnd()
  for (;;) {
    const name = [...namesIn(rest, known)].reverse().find((entry) => entry.at + entry.span === rest.length)
    if (!name) break
    ranks.unshift([name.name])
    rest = rest.slice(0, name.at).trimEnd()
    const separator = /(?:、|，|,|及び|および|並びに|ならびに|次いで)$/.exec(rest)
    if (!separator) break
    rest = rest.slice(0, -separator[0].length).trimEnd()
  }
  return ranks.length < 2 ? undefined : ranks
}

function unique(names: string[]): string[] {
  return names.filter((name, index) => names.findIndex((other) => compact(other) === compact(name)) === index)
}

/**
 * The run of quoted names that ends where the ranking phrase begins: names joined by ・
 * share a rank, names joined by 、 or 及び follow one another.
 */
function quotedList(text: string): string[][] {
  const ranks: string[][] = []
  let rest = text.trimEnd()
  let sameRank = false
  while (rest.endsWith('」')) {
    const open = rest.lastIndexOf('「')
    if (open === -1) break
    const name = rest.slice(open + 1, -1)
    if (sameRank) ranks[0].unshift(name)
    else ranks.unshift([name])
    rest = rest.slice(0, open).trimEnd()
    const separator = /(?:[・･]|、|，|,|及び|および|並びに|ならびに|次いで)$/.exec(rest)
    if (!separator) break
    sameRank = /[・･]/.test(separator[0])
    rest = rest.slice(0, -separator[0].length).trimEnd()
  }
  return ranks
}

/** ParsedDocument articles overridden by a reseller article with the same caption (widths and spaces aside). */
export function findOverrides(reseller: Document, upstreams: Document[], precedence: Precedence | undefined): Override[] {
  if (!precedence || precedence.reseller === undefined || precedence.upstream === undefined) return []
  if (precedence.reseller > precedence.upstream) return []
  const own = new Map<string, {article: string; label: string}>()
  for (const article of treeIndex(reseller).articles) {
    if (article.caption === undefined) continue
    const key = compact(article.caption)
    if (!own.has(key)) own.set(key, {article: article.id, label: `${article.label}（${article.caption}）`})
  }
  const rule = precedence.statedIn
  const overrides: Override[] = []
  upstreams.forEach((tree, document) => {
    for (const article of treeIndex(tree).articles) {
      const by = article.caption === undefined ? undefined : own.get(compact(article.caption))
      if (!by) continue
      overrides.push({document, article: article.id, label: article.label, caption: article.caption!, basis: 'caption', by, rule: rule && {clause: rule.clause, label: rule.label.replace(/第\d+項$/, '')}})
    }
  })
  return overrides
}

function paragraphs(tree: Document): Paragraph[] {
  const out: Paragraph[] = []
  // a loop, not unist-util-visit: see src/parse/tree.ts
  const walk = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === 'paragraph') out.push(child)
      else if (child.type !== 'text' && child.type !== 'table' && child.type !== 'tableRow') walk(child)
    }
  }
  walk(tree)
  return out
}

/**
 * ParsedDocument articles a reseller article sets aside by name: 「X約款第2条の規定にかかわらず、…」.
 * `resolve` gives the upstream documents a document name stands for.
 */
export function findSubjectOverrides(reseller: Document, upstreams: Document[], resolve: (name: string) => number[] | undefined): Override[] {
  const text = toText(reseller)
  const index = treeIndex(reseller)
  const overrides: Override[] = []
  for (const reference of collectReferences(reseller)) {
    if (reference.kind !== 'external' || reference.document === undefined || reference.source === undefined) continue
    const end = reference.position.end.offset ?? 0
    // …の規定にかかわらず / …に代えて / …に優先して: the reseller's article sets the upstream one aside
    if (!/^(?:の(?:規定|定め))?(?:に)?(?:かかわらず|拘わらず|関わらず|代えて|代わり|代わって|優先して|優先し、)/.test(text.slice(end, end + 12))) continue
    const article = reference.path.find((step) => step.level === 'article')?.num
    if (article === undefined) continue
    let by: Parent | undefined = index.byId.get(reference.source)
    while (by && by.type !== 'article') by = index.parent.get(by)
    if (!by || by.type !== 'article') continue
    const byLabel = `${by.label}${by.caption === undefined ? '' : `（${by.caption}）`}`
    for (const document of resolve(reference.document) ?? []) {
      const target = treeIndex(upstreams[document]).articles.find((candidate) => candidate.num === article)
      if (!target || overrides.some((o) => o.document === document && o.article === target.id)) continue
      overrides.push({document, article: target.id, label: target.label, caption: target.caption ?? '', basis: 'subject', by: {article: by.id, label: byLabel}})
    }
  }
  return overrides
}
