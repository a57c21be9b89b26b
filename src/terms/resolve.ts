// External references resolved in the upstream documents: a clause of another document
// (個別規程「第3条（目的）(1)」) must name exactly one upstream clause, with the caption and
// the option name it quotes. Exclusions, --exclude and the check rules all resolve here.
import {traceReference, type Reference, type Step} from '../parse/references.js'
import {treeIndex} from '../parse/tree.js'
import {compact} from '../parse/normalize.js'
import {ownText} from '../parse/text.js'
import type {Document, Parent, ParsedDocument} from '../parse/types.js'
import {RewriteError} from './errors.js'
import {clauseReferenceLabel, type Lang} from './labels.js'
import type {ClauseReference, Exclusion} from './types.js'
import {expandRanges} from './ranges.js'
import {nameResolver, titleNames, type DocumentName, type NameResolver} from './document-names.js'

/**
 * A parsed reference as the exclusion resolver takes it. 同号 / 同項 / 同条 (オプション規程第1条(2)…。
 * 同号の規定は) stand for the clause the scanner remembered, down to that level.
 */
export function fromReference(reference: Reference): ClauseReference {
  const [first] = reference.path
  const before = first?.rel === 'same' ? reference.antecedent?.path : undefined
  const path = before ? [...before.slice(0, before.findIndex((s) => s.level === first.level) + 1), ...reference.path.slice(1)] : reference.path
  const step = (level: string) => path.find((s) => s.level === level)?.num
  const paragraph = step('paragraph')
  const item = step('item')
  return {
    raw: reference.raw,
    document: reference.document,
    article: step('article') ?? '',
    caption: reference.caption,
    paragraph: paragraph === undefined ? undefined : Number(paragraph),
    item: item === undefined ? undefined : Number(item),
    name: reference.name
  }
}

/**
 * Each exclusion with its target, or with the problem that kept it from resolving.
 * `collective` are the names the reseller gives the upstream terms as a whole (from its
 * precedence statement) and `defined` the document names it defines: such a name, or
 * none, says which upstream documents to look in.
 */
export function resolveExclusions(exclusions: Exclusion[], upstreams: ParsedDocument[], collective: string[] = [], defined: DocumentName[] = []): Exclusion[] {
  const resolver = nameResolver(upstreams, defined, collective)
  return expandRanges(
    exclusions.map((exclusion) => ({...exclusion, ...resolveOne(exclusion, upstreams, resolver)})),
    upstreams
  )
}

/** Refuses, in one message, every exclusion that did not resolve. */
export function assertResolved(exclusions: Exclusion[]): void {
  const failed = exclusions.filter((exclusion) => exclusion.problem)
  if (failed.length === 0) return
  const list = (lang: Lang) => failed.map((exclusion) => `${clauseReferenceLabel(exclusion.reference)}: ${exclusion.problem![lang]}`).join(lang === 'ja' ? '／' : '; ')
  throw new RewriteError('exclusion', {
    ja: `適用除外の指定を上流の約款で解決できません: ${list('ja')}`,
    en: `cannot resolve exclusions in the upstream terms: ${list('en')}`
  })
}

function resolveOne(exclusion: Exclusion, upstreams: ParsedDocument[], resolver: NameResolver): Pick<Exclusion, 'target' | 'problem'> {
  const {reference} = exclusion
  const {document} = reference
  const all = upstreams.map((upstream, index) => ({upstream, index}))
  const named = document === undefined ? all.map(({index}) => index) : resolver.resolve(document)
  if (named === undefined) return {problem: resolver.problem(document!, exclusion.statedIn?.sentence)}
  const pool = all.filter(({index}) => named.includes(index))
  const found = pool.map(({upstream, index}) => ({index, result: locate(upstream.tree, reference)}))
  const hits = found.filter((entry) => entry.result.clause)
  if (hits.length === 1) {
    const {index, result} = hits[0]
    return {target: {document: index, clause: result.clause!.id, text: ownText(result.clause!).trim()}}
  }
  if (hits.length > 1) {
    return {
      problem: {
        ja: `複数の上流文書に当てはまります（${hits.map((hit) => upstreams[hit.index].tree.meta.title ?? upstreams[hit.index].path).join('、')}）。文書名を付けてください`,
        en: `matches in several upstream documents (${hits.map((hit) => upstreams[hit.index].tree.meta.title ?? upstreams[hit.index].path).join(', ')}); name the document`
      }
    }
  }
  // The most specific reason from the named (or only) document.
  const reason = found.map((entry) => entry.result.problem).find((problem) => problem !== undefined)
  return {problem: reason ?? {ja: '上流の約款に該当する条項がありません', en: 'no such clause in the upstream terms'}}
}

/** Whether a document name (個別規程, a title, a file name) names this upstream document. */
export function names(upstream: ParsedDocument, document: string): boolean {
  return titleNames(upstream, document)
}

type Located = {clause?: Parent; problem?: {ja: string; en: string}}

// The upstream document is searched as if the reference stood in it, cited from nowhere.
const nowhere = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

function locate(tree: Document, reference: ClauseReference): Located {
  // 同号 with no clause cited before it in that document
  if (reference.article === '') return {problem: {ja: `「${reference.raw}」が指す条がわかりません`, en: `cannot tell which article “${reference.raw}” points to`}}
  const path: Step[] = [{level: 'article', num: reference.article}]
  if (reference.paragraph !== undefined) path.push({level: 'paragraph', num: String(reference.paragraph)})
  if (reference.item !== undefined) path.push({level: 'item', num: String(reference.item)})
  const {targets, problem} = traceReference({kind: 'absolute', raw: reference.raw, path, position: nowhere}, tree)
  // Problems are shown after the reference itself, so they name only what is missing.
  if (targets.length > 1) return {problem: {ja: '当たる条項が複数あります', en: 'matches several clauses'}}
  if (targets.length === 0) {
    const level = problem?.type === 'missing' ? problem.level : 'article'
    const missing = {
      article: [`第${reference.article}条がありません`, `no 第${reference.article}条`],
      paragraph: [`第${reference.paragraph}項がありません`, `no paragraph ${reference.paragraph}`],
      item: [`(${reference.item})がありません`, `no item (${reference.item})`],
      appendix: ['別表がありません', 'no such appendix']
    }[level]
    return {problem: {ja: missing[0], en: missing[1]}}
  }
  const index = treeIndex(tree)
  const clause = index.byId.get(targets[0])!
  let article: Parent | undefined = clause
  while (article && article.type !== 'article') article = index.parent.get(article)
  const caption = article?.type === 'article' ? (article.caption ?? '') : ''
  if (reference.caption !== undefined && compact(reference.caption) !== compact(caption)) {
    return {
      problem: {
        ja: `第${reference.article}条の見出しは「${caption}」で、「${reference.caption}」ではありません`,
        en: `the caption of 第${reference.article}条 is “${caption}”, not “${reference.caption}”`
      }
    }
  }
  const text = ownText(clause).trim()
  if (reference.name !== undefined && !compact(text).includes(compact(reference.name))) {
    return {
      problem: {
        ja: `「${reference.name}」ではありません（本文：${text.slice(0, 40)}）`,
        en: `not “${reference.name}” (its text: ${text.slice(0, 40)})`
      }
    }
  }
  return {clause}
}
