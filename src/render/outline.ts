// The outline: one line per node of the clause tree (leaves left out), indented by depth —
// id, number as written, caption or title, and the opening characters of its own text.
import {appendixNumber} from '../parse/citation.js'
import {visitParents} from 'unist-util-visit-parents'
import {ownText} from '../parse/index.js'
import type {Lang} from '../parse/messages.js'
import type {Document, Parent} from '../parse/types.js'

export interface OutlineOptions {
  lang?: Lang
  /** how many characters of a clause's own text to show; default 20 */
  width?: number
}

export function renderOutline(tree: Document, options: OutlineOptions = {}): string {
  const lines: string[] = []
  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'text') lines.push('  '.repeat(ancestors.length) + describe(node, options).filter((field) => field !== '').join('  '))
  })
  return lines.join('\n') + '\n'
}

function describe(node: Parent, options: OutlineOptions): string[] {
  const width = options.width ?? 20
  const en = options.lang === 'en'
  switch (node.type) {
    case 'document':
      return [node.id, node.meta.title ?? '', node.meta.version ?? '', node.meta.issuer ?? '']
    case 'chapter':
    case 'section':
      return [node.id, node.label, node.title ?? '']
    case 'article':
      return [node.id, node.label, node.caption ?? '', node.deleted ? (en ? '(deleted)' : '（削除）') : '']
    case 'paragraph':
      return [node.id, node.label ?? String(node.num), snippet(ownText(node), width)]
    case 'item':
    case 'subitem':
      return [node.id, node.marker, snippet(ownText(node), width)]
    case 'table': {
      const rows = en ? `${node.rows.length} ${node.rows.length === 1 ? 'row' : 'rows'}` : `${node.rows.length} 行`
      return [node.id, node.num === undefined ? '' : en ? `table ${node.num}` : `第${node.num}表`, node.title ?? '', rows]
    }
    case 'tableRow':
      return [node.id, node.header ? (en ? 'header' : '見出し') : '', snippet(node.cells.join(' | '), width * 2)]
    case 'appendix':
      return [node.id, node.kind + appendixNumber(node), node.title ?? '']
  }
}

/** The first `width` characters with white space runs folded to one space. */
function snippet(text: string, width: number): string {
  const chars = [...text.replace(/[\s\u3000]+/g, ' ').trim()]
  return chars.length > width ? chars.slice(0, width).join('') + '…' : chars.join('')
}
