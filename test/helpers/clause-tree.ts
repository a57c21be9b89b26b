// Reading and checking clause trees in the parser's tests: finding clauses, summarising
// structure, and the invariants every tree must keep (lossless leaves, offsets, ids).
import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import {decode, leaves, toText} from '../../src/parse/index.js'
import type {Appendix, Article, Document, Item, Node, Paragraph, Parent, Point, Subitem, Table} from '../../src/parse/types.js'

/** A file's bytes and the text the project's decoder makes of them. */
export function readSource(path: string | URL): {bytes: Uint8Array; text: string} {
  const bytes = new Uint8Array(readFileSync(path))
  return {bytes, text: decode(bytes).text}
}

export function* walk(node: Node): Generator<Node> {
  yield node
  if (node.type !== 'text') for (const child of node.children as Node[]) yield* walk(child)
}

type Typed<T extends Node['type']> = Extract<Node, {type: T}>

export function childrenOfType<T extends Node['type']>(node: Parent, type: T): Array<Typed<T>> {
  return (node.children as Node[]).filter((child): child is Typed<T> => child.type === type)
}

/** Every node of a type below `node` (not `node` itself), in document order. */
export function descendantsOfType<T extends Node['type']>(node: Parent, type: T): Array<Typed<T>> {
  const out: Array<Typed<T>> = []
  for (const child of node.children as Node[]) {
    for (const found of walk(child)) if (found.type === type) out.push(found as Typed<T>)
  }
  return out
}

/** The articles of the main provision (本則): inside chapters and sections, never inside appendices. */
export function mainArticles(document: Document): Article[] {
  const out: Article[] = []
  const visit = (node: Node): void => {
    if (node.type === 'article') out.push(node)
    else if (node.type === 'document' || node.type === 'chapter' || node.type === 'section') {
      for (const child of node.children as Node[]) visit(child)
    }
  }
  visit(document)
  return out
}

export const paragraphsOf = (article: Article): Paragraph[] => childrenOfType(article, 'paragraph')
export const itemsOf = (paragraph: Paragraph): Item[] => childrenOfType(paragraph, 'item')
export const subitemsUnder = (node: Paragraph | Item | Subitem): Subitem[] => descendantsOfType(node, 'subitem')
export const appendicesOf = (document: Document): Appendix[] => descendantsOfType(document, 'appendix')
export const tablesUnder = (node: Parent): Table[] => descendantsOfType(node, 'table')

export function article(document: Document, num: string): Article {
  const found = mainArticles(document).find((a) => a.num === num)
  if (!found) throw new Error(`no article ${num}; articles are ${mainArticles(document).map((a) => a.num).join(', ')}`)
  return found
}

export function paragraph(document: Document, articleNum: string, num: number): Paragraph {
  const found = paragraphsOf(article(document, articleNum)).find((p) => p.num === num)
  if (!found) throw new Error(`no paragraph ${num} in article ${articleNum}`)
  return found
}

/** Text for comparing the same clause across layouts: widths folded, all white space removed. */
export function comparable(value: string): string {
  return value.normalize('NFKC').replace(/\s/g, '')
}

/** 1-based line of an offset, counting LF, CRLF and CR as line ends (as unist points do). */
export function lineIndex(input: string): (offset: number) => {line: number; column: number} {
  const starts = [0]
  for (const match of input.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: offset - starts[low] + 1}
  }
}

/** The 1-based line on which `needle` begins in `input`. */
export function lineOf(input: string, needle: string): number {
  const at = input.indexOf(needle)
  if (at === -1) throw new Error(`not in the input: ${needle}`)
  return lineIndex(input)(at).line
}

/** The lines a vfile message's place covers, or undefined when it has none. */
export function messageLines(message: VFile['messages'][number]): {start: number; end: number} | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) return {start: place.start.line, end: place.end.line}
  return {start: place.line, end: place.line}
}

const nodeName = (node: Node): string => `${node.type}${'id' in node ? ` ${node.id}` : ''} @${node.position?.start.offset}`

/**
 * Everything wrong with the offsets of a tree over `input`: each node's span must slice the
 * input to its text, children must tile their parent in order, the leaves must tile the whole
 * input, and line/column must agree with the offset. Returns at most `limit` problems.
 */
export function positionProblems(tree: Document, input: string, limit = 10): string[] {
  const problems: string[] = []
  const toPoint = lineIndex(input)
  const report = (problem: string): void => {
    if (problems.length < limit) problems.push(problem)
  }
  const checkPoint = (node: Node, which: 'start' | 'end', point: Point | undefined): boolean => {
    if (!point || typeof point.offset !== 'number') {
      report(`${nodeName(node)}: no ${which} offset`)
      return false
    }
    const expected = toPoint(point.offset)
    if (point.line !== expected.line || point.column !== expected.column) {
      report(`${nodeName(node)}: ${which} ${point.line}:${point.column} but offset ${point.offset} is ${expected.line}:${expected.column}`)
    }
    return true
  }
  for (const node of walk(tree)) {
    const {start, end} = node.position ?? {}
    if (!checkPoint(node, 'start', start) || !checkPoint(node, 'end', end)) continue
    const slice = input.slice(start!.offset, end!.offset)
    if (slice !== toText(node)) report(`${nodeName(node)}: span [${start!.offset}, ${end!.offset}) is ${JSON.stringify(slice.slice(0, 40))}, its text ${JSON.stringify(toText(node).slice(0, 40))}`)
    if (node.type === 'text') continue
    const children = node.children as Node[]
    if (children.length === 0) continue
    if (children[0].position?.start.offset !== start!.offset) report(`${nodeName(node)}: first child ${nodeName(children[0])} does not start where its parent does`)
    if (children.at(-1)!.position?.end.offset !== end!.offset) report(`${nodeName(node)}: last child ${nodeName(children.at(-1)!)} does not end where its parent does`)
    for (let i = 1; i < children.length; i++) {
      if (children[i - 1].position?.end.offset !== children[i].position?.start.offset) {
        report(`${nodeName(node)}: children ${nodeName(children[i - 1])} and ${nodeName(children[i])} are not contiguous`)
      }
    }
  }
  const all = leaves(tree)
  let offset = 0
  for (const leaf of all) {
    if (leaf.position?.start.offset !== offset) report(`leaf ${JSON.stringify(leaf.value.slice(0, 20))} starts at ${leaf.position?.start.offset}, the previous leaf ended at ${offset}`)
    offset = leaf.position?.end.offset ?? offset
  }
  if (offset !== input.length) report(`the leaves end at ${offset}, the input at ${input.length}`)
  return problems
}

/** Nodes without an id, and ids used twice. */
export function idProblems(tree: Document): string[] {
  const seen = new Map<string, Node>()
  const problems: string[] = []
  for (const node of walk(tree)) {
    if (node.type === 'text') continue
    if (typeof node.id !== 'string' || node.id === '') problems.push(`${nodeName(node)} has no id`)
    else if (seen.has(node.id)) problems.push(`id ${node.id} is used by ${nodeName(seen.get(node.id)!)} and ${nodeName(node)}`)
    else seen.set(node.id, node)
  }
  return problems
}

/** Each clause of a parse as [id, its number as written, the first `width` characters of what follows it]. */
export function clauseOutline(tree: Document, width = 6): string[][] {
  const rows: string[][] = []
  const walk = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === 'text') continue
      const own = child.children.filter((leaf) => leaf.type === 'text' && leaf.role !== 'layout').map((leaf) => (leaf.type === 'text' ? leaf.value : ''))
      rows.push([child.id, own[0] ?? '', (own[1] ?? '').slice(0, width)])
      walk(child)
    }
  }
  walk(tree)
  return rows
}
