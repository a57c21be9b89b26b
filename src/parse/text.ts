// Views of a node's text, computed from its leaves.
// Loops rather than unist-util-visit here: loading it adds about 30 ms to every `yakkan check`
// start (npm run bench -- check), and these run on that path.
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
  if (node.type === 'text') return node.value
  let out = ''
  for (const child of node.children) out += toText(child)
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
  if (node.type === 'text') return node.role === 'body' || node.role === 'cell' ? node.value : ''
  let out = ''
  for (const child of node.children) out += bodyText(child)
  return out
}

/** The leaves under a node, in source order. */
export function leaves(node: Node, into: Text[] = []): Text[] {
  if (node.type === 'text') into.push(node)
  else for (const child of node.children) leaves(child, into)
  return into
}
