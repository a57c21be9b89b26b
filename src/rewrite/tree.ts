// Two lookups on a clause tree that the rewrite step needs besides the parser's tree index:
// the deepest clause at an offset, and how a clause is cited (第4条第2項).
import {treeIndex} from '../parse/references.js'
import type {Document, Node, Parent} from '../parse/types.js'
import {articleLabel} from '../parse/normalize.js'

/** How a clause of `tree` is cited: 第4条第2項, 第7条第1項第5号, 別紙. */
export function clauseLabel(tree: Document, node: Parent): string {
  const parts = /^art_([0-9-]+)(?:__para_(\d+))?(?:__item_(\d+))?/.exec(node.id)
  if (!parts) return node.type === 'appendix' ? node.kind : node.id
  let label = articleLabel(parts[1])
  const article = treeIndex(tree).articles.find((a) => a.num === parts[1])
  const paragraphs = article ? article.children.filter((child) => child.type === 'paragraph').length : 1
  if (parts[2] !== undefined && (paragraphs > 1 || parts[3] !== undefined)) label += `第${parts[2]}項`
  if (parts[3] !== undefined) label += `第${parts[3]}号`
  return label
}

/** The deepest clause, table or appendix holding `offset`; undefined outside all of them. */
export function clauseAt(tree: Document, offset: number): string | undefined {
  let found: string | undefined
  let node: Parent = tree
  for (;;) {
    const child = (node.children as Node[]).find(
      (c) => c.type !== 'text' && (c.position.start.offset ?? 0) <= offset && offset < (c.position.end.offset ?? 0)
    ) as Parent | undefined
    if (!child || child.type === 'tableRow') return child ? child.id : found
    found = child.id
    node = child
  }
}
