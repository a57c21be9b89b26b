// A lookup on a clause tree that the rewrite step needs besides the parser's tree index:
// the deepest clause at an offset. The tree is cut once into spans, each owned by its
// deepest clause, so a lookup is a binary search, not a walk from the root per match.
import type {Document, Node, Parent} from '../parse/types.js'
import {lastBefore} from '../parse/search.js'

/** The deepest clause, table, table row or appendix holding an offset; undefined outside all of them. */
export type ClauseFinder = (offset: number) => string | undefined

const finders = new WeakMap<Document, ClauseFinder>()

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
    for (const child of node.children as Node[]) {
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
