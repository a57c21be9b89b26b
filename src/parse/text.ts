// Views of a node's text, computed from its leaves.
import {visit} from 'unist-util-visit'
import type {Node, Parent, Text} from './types.js'

// The source each parsed document was built from: the root's text is asked for by several
// steps on large documents, and rebuilding it from the leaves each time costs a walk and a copy.
// Kept under a symbol, not enumerable, so JSON output and deep equality do not see it.
const source = Symbol('yakkan.source')

/** Records the text a document was parsed from (the parser calls this; trees are not changed after parsing). */
export function rememberSource(document: Node, text: string): void {
  Object.defineProperty(document, source, {value: text, enumerable: false})
}

/** Every character under a node, in source order: the source itself for the root. */
export function toText(node: Node): string {
  const known = (node as {[source]?: string})[source]
  if (known !== undefined) return known
  let out = ''
  visit(node, 'text', (leaf) => {
    out += leaf.value
  })
  return out
}

/** A clause's own sentence text: its body leaves, not those of its sub-clauses. */
export function ownText(node: Parent): string {
  let out = ''
  for (const child of node.children) if (child.type === 'text' && child.role === 'body') out += child.value
  return out
}

/** Every body and cell leaf under a node, without numbers, captions or layout. */
export function bodyText(node: Node): string {
  let out = ''
  visit(node, 'text', (leaf) => {
    if (leaf.role === 'body' || leaf.role === 'cell') out += leaf.value
  })
  return out
}

/** The leaves under a node, in source order. */
export function leaves(node: Node, into: Text[] = []): Text[] {
  visit(node, 'text', (leaf) => {
    into.push(leaf)
  })
  return into
}
