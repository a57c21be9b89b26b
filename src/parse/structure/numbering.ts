// The numbering decision: what a numbered line is, given the levels open above it — the
// next number of an open level, the next paragraph, the first of a new level, or a wrapped
// line that merely starts with a number.
import type {Candidate, Series, Shape} from '../classify/index.js'
import {foldWidth} from '../normalize.js'
import type {ParseRuleId} from '../messages.js'
import type {Item, Paragraph, Parent, Subitem} from '../types.js'
import {introducesList, opensSubitems, type NumberedLine} from './subitem.js'

/** One open level of items (号) or sub-items. */
export interface Level {
  node: Item | Subitem
  series: Series
  num: number
  branch?: number
  /** a second series run at this level: 一 イ ロ 二 イ … where イ is not introduced by 一 */
  alternate?: Candidate
}

export type Decision =
  | {kind: 'sibling'; level: number; candidate: Candidate; diag?: ParseRuleId}
  | {kind: 'child'; candidate: Candidate; diag?: ParseRuleId}
  | {kind: 'alternate'; candidate: Candidate}
  | {kind: 'paragraph'; candidate: Candidate; diag?: ParseRuleId}
  | {kind: 'continuation'}

/** What the decision sees of the tree being built. */
export interface NumberingState {
  stack: Level[]
  paragraph?: Paragraph
  /** outside any article: the parts of an appendix */
  inAppendix: boolean
  prevBlank: boolean
  /** the line before ended a sentence */
  prevEnded: boolean
  /** the numbered line itself, for whether a new series nests under the open item */
  line?: NumberedLine
}

const paragraphSeries = new Set<Series>(['digit', 'circled'])

export function decide(candidates: Candidate[], state: NumberingState): Decision {
  const {stack, paragraph, inAppendix} = state
  const canParagraph = (c: Candidate) => paragraphSeries.has(c.series) || (c.series === 'dot' && (inAppendix || dotParagraph(c, state)))
  const expectedParagraph = (paragraph?.num ?? 0) + 1
  for (let level = stack.length - 1; level >= 0; level--) {
    const open = stack[level]
    const next = candidates.find((c) => c.series === open.series && (c.branch === undefined ? c.num === open.num + 1 : c.num === open.num && c.branch === (open.branch ?? 1) + 1))
    if (next) return {kind: 'sibling', level, candidate: next}
    const alternate = open.alternate && candidates.find((c) => c.series === open.alternate!.series && c.num === open.alternate!.num + 1)
    if (alternate) return {kind: 'alternate', candidate: alternate}
  }
  for (const c of candidates) {
    if (!canParagraph(c)) continue
    if (c.num === expectedParagraph) return {kind: 'paragraph', candidate: c}
    if (c.num === 1 && isBlankFirst(paragraph)) return {kind: 'paragraph', candidate: c}
  }
  const inStack = (s: Series) => stack.some((l) => l.series === s)
  // 一 次に掲げる… then １ ２: Arabic sub-items under a statute item that introduces them
  const top = stack[stack.length - 1]
  const digitUnder = top !== undefined && top.series === 'kanji' && introducesList(top.node)
  for (const c of candidates) {
    if (c.num === 1 && !inStack(c.series) && (c.series !== 'digit' || digitUnder) && !(inAppendix && c.series === 'dot' && stack.length === 0)) {
      return top && !opensSubitems(top.node, state.line) ? {kind: 'alternate', candidate: c} : {kind: 'child', candidate: c}
    }
  }
  if (!(state.prevBlank || state.prevEnded)) return {kind: 'continuation'}
  for (let level = stack.length - 1; level >= 0; level--) {
    const open = stack[level]
    const c = candidates.find((x) => x.series === open.series)
    if (!c) continue
    const diag: ParseRuleId = c.num > open.num + 1 ? 'numbering-gap' : c.num === open.num ? 'numbering-duplicate' : 'numbering-order'
    return {kind: 'sibling', level, candidate: c, diag}
  }
  for (const c of candidates) {
    if (!canParagraph(c) || (!state.prevBlank && c.num < expectedParagraph)) continue
    if (c.num > expectedParagraph) return {kind: 'paragraph', candidate: c, diag: 'numbering-gap'}
    if (c.num === expectedParagraph - 1) return {kind: 'paragraph', candidate: c, diag: 'numbering-duplicate'}
    if (c.num > 1) return {kind: 'paragraph', candidate: c, diag: 'numbering-order'}
  }
  if (stack.length === 0) {
    const c = candidates.find((x) => !paragraphSeries.has(x.series) && x.num > 1 && !(inAppendix && x.series === 'dot'))
    if (c) return {kind: 'child', candidate: c, diag: 'numbering-gap'}
  }
  return {kind: 'continuation'}
}

/**
 * `2.` numbering an article's paragraphs, as plain-text terms often do (and as Markdown `1.` lists
 * are read): a sentence numbered 1. right under the head, 2. after an unnumbered first paragraph
 * with no list open, or any number once the paragraphs are numbered so. A list that a lead
 * announces opens at 1. under its lead, and entries that are no sentences stay items.
 */
function dotParagraph(c: Candidate, state: NumberingState): boolean {
  const {paragraph, stack, line} = state
  const sentence = line?.body !== undefined && /。[ \t\u3000]*$/.test(line.text.slice(line.body.start, line.body.end))
  if (paragraph === undefined) return c.num === 1 && sentence && stack.length === 0
  if (paragraph.label !== undefined) return /^[0-9０-９]+[.．]$/.test(paragraph.label.trim())
  if (c.num === 1) return sentence && isBlankFirst(paragraph)
  return c.num === 2 && stack.length === 0 && sentence && hasContent(paragraph)
}

/** The first paragraph, opened by the article head, with nothing in it yet: a `1` line takes it over. */
export function isBlankFirst(paragraph: Paragraph | undefined): boolean {
  return paragraph !== undefined && paragraph.num === 1 && !paragraph.label && !hasContent(paragraph)
}

/** （１） …。（２） …。 on one line is running text that quotes numbered points, not a list. */
export function listsInline(text: string, shape: Extract<Shape, {kind: 'numbered'}>): boolean {
  const paren = shape.candidates.find((c) => c.series === 'paren')
  if (!paren || !shape.body) return false
  const next = foldWidth(text.slice(shape.body.start))
  return next.includes(`(${paren.num + 1})`)
}

export function hasContent(node: Parent): boolean {
  return node.children.some((c) => c.type !== 'text' || c.role === 'body')
}
