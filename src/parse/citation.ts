// How clauses are named in messages: 第6条第3項, 第3条第1号, 別表第1, 別紙 第2表. The
// citation form is Japanese in both languages, as the documents are.
import {clauseWords} from './clause-words.js'
import {articleLabel} from './normalize.js'
import {treeIndex} from './tree.js'
import type {Appendix, Document, Parent} from './types.js'

/** The citation of a clause: 第6条第3項第4号; a paragraph of a one-paragraph article is the article. */
export function clauseLabel(tree: Document, id: string): string {
  const index = treeIndex(tree)
  const parts: string[] = []
  for (let node = index.byId.get(id); node && node.type !== 'document'; node = index.parent.get(node)) {
    const part = ownLabel(node, index.parent.get(node))
    if (part) parts.unshift(part)
  }
  // text outside every clause: before the first article (前文), or a chapter's own heading
  return parts.join('') || outsideLabel(index.byId.get(id)) || id
}

function outsideLabel(node: Parent | undefined): string {
  if (node?.type === 'document') return clauseWords.preamble.ja
  if (node?.type === 'chapter') return divisionLabel(node.num, clauseWords.chapter.ja)
  if (node?.type === 'section') return divisionLabel(node.num, clauseWords.section.ja)
  return ''
}

/** "2-2" → 第2章の2, as articleLabel does for articles. */
function divisionLabel(num: string, word: string): string {
  const [main, ...branches] = num.split('-')
  return `第${main}${word}${branches.map((branch) => `の${branch}`).join('')}`
}

function ownLabel(node: Parent, parent: Parent | undefined): string {
  switch (node.type) {
    case 'article':
      return articleLabel(node.num)
    case 'paragraph': {
      return parent && paragraphCount(parent) > 1 ? `第${node.num}項` : ''
    }
    case 'item':
      return `第${node.num}号`
    case 'appendix':
      return `${node.kind}${node.num === undefined ? '' : `第${appendixNumber(node)}`}`
    case 'table':
      return node.num === undefined ? '' : ` 第${node.num}表`
    default:
      return ''
  }
}

const paragraphCounts = new WeakMap<Parent, number>()

/** How many paragraphs a clause has (counted once per clause: a message is made for every finding). */
function paragraphCount(parent: Parent): number {
  let count = paragraphCounts.get(parent)
  if (count === undefined) {
    count = parent.children.filter((c) => c.type === 'paragraph').length
    paragraphCounts.set(parent, count)
  }
  return count
}

/** An appendix's number as written in Japanese: 1, or 1の2 for 別表第1の2. */
export function appendixNumber(node: Appendix): string {
  return node.num === undefined ? '' : `${node.num}${node.branch === undefined ? '' : `の${node.branch}`}`
}
