// A lookup on a clause tree that the rewrite step needs besides the parser's tree index:
// the deepest clause at an offset.
import type {Document, Node, Parent} from '../parse/types.js'

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
