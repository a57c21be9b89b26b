// Lookups on a clause tree, in one place: typed node guards, the index by id (with each
// node's parent and the articles by number) and the clause at an offset. Each is built once
// per tree and cached, since a tree is not changed after parsing; a lookup never walks the tree.
// Loops rather than unist-util-visit here: loading it adds about 30 ms to every `yakkan check`
// start (npm run bench -- check), and these run on that path.
import {lastBefore} from './search.js'
import type {Appendix, Article, Chapter, Clause, Document, Item, Node, Paragraph, Parent, Section, Subitem, Table, TableRow, Text} from './types.js'

export const isText = (node: {type: string}): node is Text => node.type === 'text'
export const isParent = (node: {type: string}): node is Parent => node.type !== 'text'
export const isChapter = (node: {type: string}): node is Chapter => node.type === 'chapter'
export const isSection = (node: {type: string}): node is Section => node.type === 'section'
export const isArticle = (node: {type: string}): node is Article => node.type === 'article'
export const isParagraph = (node: {type: string}): node is Paragraph => node.type === 'paragraph'
export const isItem = (node: {type: string}): node is Item => node.type === 'item'
export const isSubitem = (node: {type: string}): node is Subitem => node.type === 'subitem'
export const isTable = (node: {type: string}): node is Table => node.type === 'table'
export const isTableRow = (node: {type: string}): node is TableRow => node.type === 'tableRow'
export const isAppendix = (node: {type: string}): node is Appendix => node.type === 'appendix'
/** 条・項・号 and their sub-items */
export const isClause = (node: {type: string}): node is Clause => node.type === 'article' || node.type === 'paragraph' || node.type === 'item' || node.type === 'subitem'

/** A node's children that are nodes themselves (its leaves left out). */
export function childNodes(node: Parent): Array<Exclude<Node, Text>> {
  const children: readonly Node[] = node.children
  return children.filter(isParent)
}

/** The data rows of a table (its header row left out). */
export function dataRows(table: Table): TableRow[] {
  return table.children.filter((child): child is TableRow => child.type === 'tableRow' && !child.header)
}

/** Lookups on a clause tree, built once per tree. */
export interface TreeIndex {
  byId: Map<string, Parent>
  parent: Map<Parent, Parent>
  /** articles of the main provisions, in document order */
  articles: Article[]
  appendices: Appendix[]
  /** the main provisions' articles by number (several when a number occurs twice) */
  articlesByNum: Map<string, Article[]>
  /** each article's siblings for 前条/次条 (the main provisions, or the articles of its 附則) and its place among them */
  siblings: Map<Article, {list: Article[]; at: number}>
}

const indexes = new WeakMap<Document, TreeIndex>()

/** The index of a tree (cached; a tree is not changed after parsing). */
export function treeIndex(tree: Document): TreeIndex {
  const cached = indexes.get(tree)
  if (cached) return cached
  const index: TreeIndex = {byId: new Map(), parent: new Map(), articles: [], appendices: [], articlesByNum: new Map(), siblings: new Map()}
  // A loop, not unist-util-visit: over a whole tree visit's per-node cost doubles the check time (npm run bench -- check).
  const walk = (node: Parent, appendix: Article[] | undefined) => {
    index.byId.set(node.id, node)
    if (node.type === 'article') {
      const list = appendix ?? index.articles
      index.siblings.set(node, {list, at: list.length})
      list.push(node)
      if (!appendix) for (const num of numbersOf(node)) pushTo(index.articlesByNum, num, node)
    }
    if (node.type === 'appendix') index.appendices.push(node)
    for (const child of node.children) {
      if (child.type === 'text') continue
      index.parent.set(child, node)
      walk(child, child.type === 'appendix' ? [] : appendix)
    }
  }
  walk(tree, undefined)
  indexes.set(tree, index)
  return index
}

/**
 * The numbers an article stands for: its own, and for a run of deleted articles written as one
 * (第2条から第4条まで　削除) every number of the run, so that 第3条 finds it.
 */
export function numbersOf(article: Article): string[] {
  const {num, numEnd} = article
  if (numEnd === undefined || !/^[0-9]+$/.test(num) || !/^[0-9]+$/.test(numEnd)) return [num]
  const first = Number(num)
  const last = Number(numEnd)
  // a run read the wrong way or implausibly long stands for its first number only
  if (last <= first || last - first > 200) return [num]
  return Array.from({length: last - first + 1}, (_, k) => String(first + k))
}

/** Adds a value to the list under a key. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The id of the deepest clause, table, table row or appendix holding an offset; undefined outside all of them. */
export type ClauseFinder = (offset: number) => string | undefined

const finders = new WeakMap<Document, ClauseFinder>()

/**
 * The clause at an offset. The tree is cut once into spans, each owned by its deepest
 * clause, so a lookup is a binary search, not a walk from the root per match.
 */
export function clauseFinder(tree: Document): ClauseFinder {
  const cached = finders.get(tree)
  if (cached) return cached
  // starts[i]: where span i begins; owners[i]: its clause (undefined: outside every clause)
  const starts: number[] = []
  const owners: Array<string | undefined> = []
  const open = (offset: number, owner: string | undefined) => {
    if (starts.length > 0 && starts[starts.length - 1] === offset) owners[owners.length - 1] = owner
    else {
      starts.push(offset)
      owners.push(owner)
    }
  }
  const walk = (node: Parent, owner: string | undefined) => {
    for (const child of node.children) {
      if (child.type === 'text') continue
      open(child.position.start.offset ?? 0, child.id)
      // A table row is the deepest place a match is told by; its cells are not clauses.
      if (child.type !== 'tableRow') walk(child, child.id)
      open(child.position.end.offset ?? 0, owner)
    }
  }
  open(0, undefined)
  walk(tree, undefined)
  const finder: ClauseFinder = (offset) => owners[Math.max(0, lastBefore(starts.length, (i) => starts[i] <= offset))]
  finders.set(tree, finder)
  return finder
}

/** A node and its ancestors, from the root down to it (a vfile message's `ancestors`); empty for an id not in the tree. */
export function ancestorsOf(tree: Document, id: string | undefined): Parent[] {
  const index = treeIndex(tree)
  const path: Parent[] = []
  for (let node = id === undefined ? undefined : index.byId.get(id); node; node = index.parent.get(node)) path.unshift(node)
  return path
}
