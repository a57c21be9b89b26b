// Resolving a reference to the clauses it cites. A relative step (前項, 次条) is read from
// the clause that holds the reference; 同 from the place cited before it. Articles are
// matched by number and in document order, so a document with broken numbering still
// resolves as a reader would read it.
import type {Appendix, Article, Document, Item, Paragraph, Parent} from '../types.js'
import {numbersOf, pushTo, treeIndex, type TreeIndex} from '../tree.js'
import {compact} from '../normalize.js'
import type {Reference, Step, StepLevel} from '../references.js'
import {citesSection, stepsBetweenSections} from './sections.js'

export interface Resolution {
  /** ids of the cited clauses; several for 前2項, 各号, or a number that occurs twice */
  targets: string[]
  problem?: ResolveProblem
}

export type ResolveProblem =
  /** an external reference: another document is needed */
  | {type: 'external'}
  /** nothing carries that number: `within` are the ids searched (articles for a missing 項, …), empty for the whole document */
  | {type: 'missing'; level: StepLevel; num?: string; within: string[]}
  /** a relative step that cannot be taken from where the reference stands */
  | {type: 'relative'; level: StepLevel; reason: RelativeReason; step: Step; available?: number}
  /** 本項, 前項, 本号 read from a whole article (a commentary on it): the paragraph or item it steps from is not in the document */
  | {type: 'unplaced'; level: StepLevel}

/**
 * - first: 前条 in the first article, 前項 in a first paragraph, 前号 in a first item
 * - too-few: 前3項 with only two paragraphs before
 * - last: 次条 / 次項 / 次号 with nothing after
 * - no-antecedent: 同条 with nothing cited before
 * - no-items: 前各号 / 各号 with no items to point at
 * - outside: 前号 outside an item, 前項 outside a paragraph
 */
export type RelativeReason = 'first' | 'too-few' | 'last' | 'no-antecedent' | 'no-items' | 'outside'

/** The ids of the clauses a reference cites; empty when it is external or cannot be resolved. */
export function resolveReference(ref: Reference, tree: Document): string[] {
  return traceReference(ref, tree).targets
}

/** Like resolveReference, and says why when nothing is found. */
export function traceReference(ref: Reference, tree: Document): Resolution {
  if (ref.kind === 'external') return {targets: [], problem: {type: 'external'}}
  return walk(ref.path, ref.context ?? ref.source, ref.antecedent, treeIndex(tree))
}

/** The articles, paragraphs or items directly under a node: in order, by number, and each one's place. */
interface Children<T extends Parent> {
  list: T[]
  byNum: Map<string, T[]>
  at: Map<T, number>
}

const childIndexes = new WeakMap<Parent, Partial<Record<'article' | 'paragraph' | 'item', Children<Parent>>>>()

function childrenOf(node: Parent, type: 'article'): Children<Article>
function childrenOf(node: Parent, type: 'paragraph'): Children<Paragraph>
function childrenOf(node: Parent, type: 'item'): Children<Item>
function childrenOf(node: Parent, type: 'article' | 'paragraph' | 'item'): Children<Parent> {
  let byType = childIndexes.get(node)
  if (!byType) childIndexes.set(node, (byType = {}))
  let children = byType[type]
  if (!children) {
    children = {list: [], byNum: new Map(), at: new Map()}
    for (const child of node.children) {
      if (child.type !== type) continue
      children.at.set(child, children.list.length)
      children.list.push(child)
      for (const num of child.type === 'article' ? numbersOf(child as Article) : [String(child.num)]) pushTo(children.byNum, num, child)
    }
    byType[type] = children
  }
  return children
}

interface Origin {
  article?: Article
  paragraph?: Paragraph
  item?: Item
  appendix?: Appendix
}

function originOf(index: TreeIndex, source: string | undefined): Origin {
  const origin: Origin = {}
  for (let node = source === undefined ? undefined : index.byId.get(source); node; node = index.parent.get(node)) {
    if (node.type === 'item') origin.item ??= node
    else if (node.type === 'paragraph') origin.paragraph ??= node
    else if (node.type === 'article') origin.article ??= node
    else if (node.type === 'appendix') origin.appendix ??= node
  }
  return origin
}

function walk(path: Step[], source: string | undefined, antecedent: Reference['antecedent'], index: TreeIndex): Resolution {
  const origin = originOf(index, source)
  let current: Parent[] | undefined
  // read from an article as a whole (a commentary on it) or from a commentary part, not from a paragraph
  const holder = source === undefined ? undefined : index.byId.get(source)
  const whole = holder !== undefined && (holder === origin.article || (holder.type === 'appendix' && holder.kind === 'コメント'))
  if (whole && origin.article && path[0] && path[0].rel === undefined && (path[0].level === 'paragraph' || path[0].level === 'item')) current = versionsOf(origin.article, index)
  for (const step of path) {
    if (whole && (step.rel === 'this' || step.rel === 'previous' || step.rel === 'next') && (step.level === 'paragraph' || step.level === 'item')) {
      return {targets: [], problem: {type: 'unplaced', level: step.level}}
    }
    if (step.rel === 'same') {
      const prefix = antecedent?.path.slice(0, antecedent.path.findIndex((s) => s.level === step.level) + 1) ?? []
      if (prefix.length === 0) return relative(step, 'no-antecedent')
      const resolved = walk(prefix, antecedent!.source, undefined, index)
      if (resolved.problem) return resolved
      current = resolved.targets.map((id) => index.byId.get(id)!)
      continue
    }
    const next = stepOnce(step, current, origin, index)
    if ('problem' in next) return {targets: [], problem: next.problem}
    current = next.nodes
  }
  return {targets: (current ?? []).map((node) => node.id)}
}

type Outcome = {nodes: Parent[]} | {problem: ResolveProblem}

function stepOnce(step: Step, current: Parent[] | undefined, origin: Origin, index: TreeIndex): Outcome {
  switch (step.level) {
    case 'appendix': {
      const appendices = appendicesFor(step, index)
      // 附則第3項 written in one of several 附則 (each revision adds its own) is that 附則's
      const own = origin.appendix
      if (step.appendix === '附則' && step.num === undefined && own && appendices.length > 1 && appendices.includes(own)) return found(step, [own], [])
      return found(step, appendices, [])
    }
    case 'article':
      return articleStep(step, current, origin, index)
    case 'paragraph':
      return paragraphStep(step, current, origin, index)
    case 'item':
      return itemStep(step, current, origin)
  }
}

const appendixKinds = new WeakMap<TreeIndex, Map<string | undefined, Appendix[]>>()

function appendicesOfKind(index: TreeIndex, kind: string | undefined): Appendix[] {
  let byKind = appendixKinds.get(index)
  if (!byKind) {
    byKind = new Map()
    for (const appendix of index.appendices) pushTo(byKind, appendix.kind, appendix)
    appendixKinds.set(index, byKind)
  }
  return byKind.get(kind) ?? []
}

function appendicesFor(step: Step, index: TreeIndex): Appendix[] {
  const ofKind = appendicesOfKind(index, step.appendix)
  let matches = ofKind
  if (step.num !== undefined) {
    // 別表第1の2 is numbered "1-2", as 第6条の2 is "6-2"
    matches = ofKind.filter((a) => (a.branch === undefined ? String(a.num) : `${a.num}-${a.branch}`) === step.num)
    if (matches.length === 0 && step.num === '1' && ofKind.length === 1 && ofKind[0].num === undefined) matches = ofKind
  }
  if (step.title !== undefined && matches.length > 1) {
    const title = compact(step.title)
    const titled = matches.filter((a) => a.title !== undefined && (compact(a.title).includes(title) || title.includes(compact(a.title))))
    if (titled.length > 0) matches = titled
  }
  return matches
}

function articleStep(step: Step, current: Parent[] | undefined, origin: Origin, index: TreeIndex): Outcome {
  if (step.rel !== undefined) {
    if (!origin.article) return relative(step, 'outside')
    const {list, at} = index.siblings.get(origin.article)!
    if (step.rel === 'this') return {nodes: [origin.article]}
    if (step.rel === 'previous') return at > 0 ? {nodes: [list[at - 1]]} : relative(step, 'first')
    return at + 1 < list.length ? {nodes: [list[at + 1]]} : relative(step, 'last')
  }
  if (!current) {
    if (step.count === 'all') return found(step, index.articles, [])
    return found(step, index.articlesByNum.get(step.num!) ?? [], [])
  }
  if (step.count === 'all') return found(step, current.flatMap((node) => childrenOf(node, 'article').list), ids(current))
  return found(step, current.flatMap((node) => childrenOf(node, 'article').byNum.get(step.num!) ?? []), ids(current))
}

function paragraphsOf(node: Parent): Paragraph[] {
  return childrenOf(node, 'paragraph').list
}

function itemsOf(node: Parent): Item[] {
  return childrenOf(node, 'item').list
}

/** Where a paragraph or item stands among its parent's paragraphs or items; -1 when not directly under it. */
function placeOf(node: Paragraph | Item, parent: Parent): number {
  return (node.type === 'paragraph' ? childrenOf(parent, 'paragraph').at.get(node) : childrenOf(parent, 'item').at.get(node)) ?? -1
}

function paragraphStep(step: Step, current: Parent[] | undefined, origin: Origin, index: TreeIndex): Outcome {
  const container = origin.article ?? origin.appendix
  if (step.rel !== undefined && origin.paragraph && stepsBetweenSections(origin.article, origin.paragraph, step)) return sectionStep(step, origin.article!, index)
  if (step.rel === undefined && current === undefined && step.count !== 'all' && citesSection(origin.article, step.num!)) {
    return found(step, sectionsNumbered(origin.article!, step.num!, index), [])
  }
  if (step.rel !== undefined) {
    if (!container || !origin.paragraph) return relative(step, 'outside')
    const list = paragraphsOf(container)
    const at = placeOf(origin.paragraph, container)
    if (step.rel === 'this') return {nodes: [origin.paragraph]}
    if (step.rel === 'next') return at + 1 < list.length ? {nodes: [list[at + 1]]} : relative(step, 'last')
    // an earlier paragraph with this one's number is the other version of it ((ア)/(イ)), not the one before
    const before = list.slice(0, at).filter((p) => p.num !== origin.paragraph!.num)
    if (before.length === 0) return relative(step, 'first', 0)
    if (step.count === 'all') return {nodes: before}
    const count = step.count ?? 1
    return count <= before.length ? {nodes: before.slice(before.length - count)} : relative(step, 'too-few', before.length)
  }
  const scope = current ?? (container ? [container] : [])
  if (step.count === 'all') {
    const list = scope.flatMap(paragraphsOf)
    return list.length > 0 ? {nodes: list} : missing(step, ids(scope))
  }
  return found(step, scope.flatMap((node) => childrenOf(node, 'paragraph').byNum.get(step.num!) ?? []), ids(scope))
}

/** 本項 / 前項 / 次項 among sections: the section itself, the one before, the one after. */
function sectionStep(step: Step, article: Article, index: TreeIndex): Outcome {
  const {list, at} = index.siblings.get(article)!
  if (step.rel === 'this') return {nodes: [article]}
  if (step.rel === 'next') return at + 1 < list.length ? {nodes: [list[at + 1]]} : relative(step, 'last')
  return at > 0 ? {nodes: [list[at - 1]]} : relative(step, 'first', 0)
}

/** An article and its other versions ((ア)/(イ)), which share its number. */
function versionsOf(article: Article, index: TreeIndex): Article[] {
  return index.siblings.get(article)!.list === index.articles ? (index.articlesByNum.get(article.num) ?? [article]) : [article]
}

/** The sections numbered `num` beside `article` (the main provisions, or the articles of its appendix). */
function sectionsNumbered(article: Article, num: string, index: TreeIndex): Article[] {
  const {list} = index.siblings.get(article)!
  if (list === index.articles) return index.articlesByNum.get(num) ?? []
  return childrenOf(index.parent.get(article)!, 'article').byNum.get(num) ?? []
}

function itemStep(step: Step, current: Parent[] | undefined, origin: Origin): Outcome {
  if (step.rel !== undefined && step.rel !== 'same') {
    if (step.rel === 'this') return origin.item ? {nodes: [origin.item]} : relative(step, 'outside')
    if (step.rel === 'previous' && step.count === 'all') {
      if (origin.item && origin.paragraph) {
        const at = placeOf(origin.item, origin.paragraph)
        return at > 0 ? {nodes: itemsOf(origin.paragraph).slice(0, at)} : relative(step, 'no-items', 0)
      }
      // 前各号 in a paragraph's own text: the items of the paragraph before it
      const container = origin.article ?? origin.appendix
      const paragraphs = container ? paragraphsOf(container) : []
      const before = origin.paragraph && container ? paragraphs[placeOf(origin.paragraph, container) - 1] : undefined
      const list = before ? itemsOf(before) : []
      return list.length > 0 ? {nodes: list} : relative(step, 'no-items', 0)
    }
    if (!origin.item || !origin.paragraph) return relative(step, 'outside')
    const list = itemsOf(origin.paragraph)
    const at = placeOf(origin.item, origin.paragraph)
    if (step.rel === 'previous') {
      if (at === 0) return relative(step, 'first', 0)
      // 前2号: the two items before this one
      const count = typeof step.count === 'number' ? step.count : 1
      return count <= at ? {nodes: list.slice(at - count, at)} : relative(step, 'too-few', at)
    }
    return at + 1 < list.length ? {nodes: [list[at + 1]]} : relative(step, 'last')
  }
  let paragraphs: Paragraph[]
  if (current === undefined) paragraphs = origin.paragraph ? [origin.paragraph] : []
  else if (current.every((n) => n.type === 'paragraph')) paragraphs = current as Paragraph[]
  else paragraphs = current.flatMap(itemParagraphs)
  const scope = ids(current ?? paragraphs)
  if (step.count === 'all') {
    const list = paragraphs.flatMap(itemsOf)
    return list.length > 0 ? {nodes: list} : relative(step, 'no-items', 0)
  }
  return found(step, paragraphs.flatMap((p) => childrenOf(p, 'item').byNum.get(step.num!) ?? []), scope)
}

/** 第3条(1) names no paragraph: the items of the first paragraph, or of whichever paragraphs have items. */
function itemParagraphs(node: Parent): Paragraph[] {
  const list = paragraphsOf(node)
  if (list.length > 0 && itemsOf(list[0]).length > 0) return [list[0]]
  return list.filter((p) => itemsOf(p).length > 0)
}

function found(step: Step, nodes: Parent[], within: string[]): Outcome {
  return nodes.length > 0 ? {nodes} : missing(step, within)
}

function missing(step: Step, within: string[]): Outcome {
  return {problem: {type: 'missing', level: step.level, ...(step.num !== undefined && {num: step.num}), within}}
}

function relative(step: Step, reason: RelativeReason, available?: number): {targets: string[]; problem: ResolveProblem} {
  return {targets: [], problem: {type: 'relative', level: step.level, reason, step, ...(available !== undefined && {available})}}
}

function ids(nodes: Parent[] | undefined): string[] {
  return (nodes ?? []).map((n) => n.id)
}
