// Precedence (適用関係): the reseller states which documents prevail, in order
// (「見積書」・「申込書」、「本約款」、「提携事業者約款」の順に優先して適用). Where the
// reseller's own terms rank above the upstream terms, an upstream article that shares a
// caption with a reseller article is overridden by it (解約の予告: 30日前 → 2ヶ月前).
import {compact} from '../parse/normalize.js'
import {ownText} from '../parse/text.js'
import type {Document, Node, Paragraph, Parent} from '../parse/types.js'
import {treeIndex} from '../parse/references.js'
import {clauseLabel} from '../parse/citation.js'
import type {Override, Precedence} from './types.js'

// The sentence that ranks documents.
const ranking = /の順(?:に|で|序で)?(?:優先|適用)|優先順位/
// How the reseller names its own terms.
const ownTerms = /^(?:本|この|当該)(?:約款|規約|規程|契約約款|サービス契約約款)$/
const termsWord = /約款|規約|規程|条件/

/** What the reseller calls its own terms (本約款, 本規約), from its ranking; 本約款 when it does not say. */
export function selfName(precedence: Precedence | undefined): string {
  const rank = precedence?.reseller === undefined ? undefined : precedence.ranks[precedence.reseller]
  return rank?.find((name) => ownTerms.test(compact(name))) ?? '本約款'
}

/** The ranking the reseller states, or undefined when it states none. */
export function readPrecedence(tree: Document): Precedence | undefined {
  for (const paragraph of paragraphs(tree)) {
    const text = ownText(paragraph)
    const at = text.search(ranking)
    if (at === -1) continue
    const ranks = quotedList(text.slice(0, at))
    if (ranks.length < 2) continue
    const reseller = ranks.findIndex((rank) => rank.some((name) => ownTerms.test(compact(name))))
    const upstream = ranks.findIndex((rank, index) => index !== reseller && rank.some((name) => termsWord.test(name) && !ownTerms.test(compact(name))))
    return {
      ranks,
      reseller: reseller === -1 ? undefined : reseller,
      upstream: upstream === -1 ? undefined : upstream,
      statedIn: {clause: paragraph.id, label: clauseLabel(tree, paragraph.id)}
    }
  }
  return undefined
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

/** Upstream articles overridden by a reseller article with the same caption. */
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
      overrides.push({document, article: article.id, label: article.label, caption: article.caption!, by, rule: rule && {clause: rule.clause, label: rule.label.replace(/第\d+項$/, '')}})
    }
  })
  return overrides
}

function paragraphs(tree: Document): Paragraph[] {
  const out: Paragraph[] = []
  const visit = (node: Parent) => {
    for (const child of node.children as Node[]) {
      if (child.type === 'paragraph') out.push(child)
      else if (child.type !== 'text' && child.type !== 'table' && child.type !== 'tableRow') visit(child)
    }
  }
  visit(tree)
  return out
}
