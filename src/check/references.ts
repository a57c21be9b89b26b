// Small views of references that several rules share: how a reference is named in a
// message, the article it cites, and the article that carries a quoted caption.
import {compact} from '../parse/normalize.js'
import {resolveReference, type Reference} from '../parse/references.js'
import {treeIndex} from '../parse/tree.js'
import type {Article, Document} from '../parse/types.js'
import {articleLabel} from '../parse/normalize.js'

/** 第8条第2項 for a list member written 第2項, 別表第1, or the reference as written when it is relative. */
export function referenceLabel(ref: Reference): string {
  if (ref.kind === 'relative' || ref.path.some((step) => step.rel !== undefined)) return ref.raw
  return ref.path
    .map((step) => {
      if (step.level === 'appendix') return `${step.appendix}${step.num === undefined ? '' : `第${step.num.replace('-', 'の')}`}`
      if (step.count === 'all') return step.level === 'item' ? '各号' : '各項'
      if (step.level === 'article') return articleLabel(step.num!)
      return `第${step.num}${step.level === 'paragraph' ? '項' : '号'}`
    })
    .join('')
}

/** The articles a reference cites (its path up to the article level), whether or not what it names below them exists. */
function citedArticles(ref: Reference, tree: Document): Article[] {
  const depth = ref.path.findIndex((step) => step.level === 'article')
  if (depth < 0) return []
  const {byId} = treeIndex(tree)
  return resolveReference({...ref, path: ref.path.slice(0, depth + 1)}, tree)
    .map((id) => byId.get(id))
    .filter((node): node is Article => node?.type === 'article')
}

/** The article marked 削除 that a reference cites, itself or through one of its paragraphs or items (第7条第1項, 第7条各号). */
export function deletedArticleCited(ref: Reference, tree: Document): Article | undefined {
  if (ref.kind === 'external') return undefined
  return citedArticles(ref, tree).find((article) => article.deleted)
}

/** The article (other than `except`) whose caption is `caption`, widths and spaces aside: where a renumbered reference should point. */
export function captionCarrier(tree: Document, caption: string, except?: Article): Article | undefined {
  return captionMap(tree).get(compact(caption))?.find((article) => article !== except)
}

const captionMaps = new WeakMap<Document, Map<string, Article[]>>()

/** The main provisions' articles by compact caption, in document order (built once per tree). */
function captionMap(tree: Document): Map<string, Article[]> {
  let map = captionMaps.get(tree)
  if (!map) {
    map = new Map()
    for (const article of treeIndex(tree).articles) {
      if (article.caption === undefined) continue
      const key = compact(article.caption)
      const list = map.get(key)
      if (list) list.push(article)
      else map.set(key, [article])
    }
    captionMaps.set(tree, map)
  }
  return map
}

/** The reference quotes a caption that the article it cites does not carry (条ズレ). */
export function captionMismatch(ref: Reference, tree: Document): Article[] | undefined {
  if (ref.caption === undefined) return undefined
  const articles = citedArticles(ref, tree)
  const quoted = compact(ref.caption)
  if (articles.length === 0 || articles.some((article) => compact(article.caption ?? '') === quoted)) return undefined
  return articles
}
