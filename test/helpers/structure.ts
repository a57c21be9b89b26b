// A clause tree's shape in one line per node (type, number, caption, table size), for
// comparing the parse of a PDF with the parse of the text it was printed from.
import type {Document, Node} from '../../src/parse/types.js'

export function structure(tree: Document): string[] {
  const out: string[] = []
  const walk = (node: Node, depth: number) => {
    if (node.type === 'text' || node.type === 'tableRow') return
    if (node.type !== 'document') {
      const num = 'num' in node && node.num !== undefined ? String(node.num) : ''
      const kind = node.type === 'appendix' ? node.kind : ''
      const caption = node.type === 'article' && node.caption ? `(${node.caption})` : ''
      const rows = node.type === 'table' ? ` rows=${node.rows.length}` : ''
      out.push(`${'  '.repeat(depth)}${node.type}:${kind}${num}${caption}${rows}`)
    }
    for (const child of node.children) walk(child as Node, node.type === 'document' ? 0 : depth + 1)
  }
  walk(tree, 0)
  return out
}
