// Markdown lists under an article: nesting is by indentation, not by the numbers (lists are
// often all written "1."), and a list at the margin is the article's paragraphs (項) unless
// the sentence before it announces items (次の各号, 以下の事由, 下記のとおり …).
import type {Shape} from '../classify/index.js'
import type {Span} from '../classify/index.js'
import type {Line} from '../lines.js'
import type {Parent} from '../types.js'
import type {LeafWriter} from './emit.js'
import {endsSentence} from './wrap.js'

/** Width of a line's indentation: a tab is 4 columns, an ideographic space 2. */
export function indentOf(text: string): number {
  let width = 0
  for (const char of text) {
    if (char === ' ') width++
    else if (char === '\t') width += 4
    else if (char === '\u3000') width += 2
    else break
  }
  return width
}

const bullet = /^[ \t]*[-*+][ \t]+(?=\S)/

/** The marker of a Markdown list entry (`1.`, `1)`, `-`), or undefined when the line is not one. */
export function listMarker(text: string, shape: Shape): Span | undefined {
  if (shape.kind === 'numbered' && shape.candidates.some((c) => c.series === 'dot' || c.series === 'halfparen')) {
    const before = text.slice(0, shape.marker.start)
    if (/^[ \t]*$/.test(before)) return shape.marker
  }
  const match = bullet.exec(text)
  if (match && shape.kind !== 'blank') {
    const start = match[0].search(/[-*+]/)
    return {start, end: start + 1}
  }
  return undefined
}

// words that name what follows: 次の各号 / 以下の事由 / 下記のとおり / 次に掲げる
const announcing = /次の|次に|以下の|以下に|下記|掲げる|各号|各項|のとおり/

/** A lead that announces a list: it names one, ends in a colon, or stops mid-sentence. */
export function announcesList(lead: string): boolean {
  const text = lead.replace(/[ \t\u3000*]+$/, '')
  if (text === '') return false
  if (/[:：]$/.test(text)) return true
  if (!/[。．」）)]$/.test(text)) return true
  return announcing.test(text)
}

/** An open list entry: the column its text starts at, and the clause it became. */
export interface ListEntry<N> {
  content: number
  node: N
}

/** As in CommonMark, an entry nests under another only when indented to that entry's text: closes the rest, returns the parent. */
export function parentEntry<N>(list: Array<ListEntry<N>>, indent: number): ListEntry<N> | undefined {
  while (list.length > 0 && list[list.length - 1].content > indent) list.pop()
  return list[list.length - 1]
}

/** The column where an entry's text starts, which is how far a nested entry must be indented. */
export function entryContent(text: string, marker: Span): number {
  const rest = text.slice(marker.end)
  const body = rest.trim()
  const at = rest.indexOf(body)
  return indentOf(text.slice(0, marker.end).replace(/[^ \t\u3000]/g, ' ') + rest.slice(0, at === -1 ? rest.length : at))
}

/** Whether the list at the margin holds items or paragraphs, and whether its lead sentence goes on after it. */
export function listLead(lead: string): {mode: 'paragraph' | 'item'; leadOpen: boolean} {
  const mode = announcesList(lead) ? 'item' : 'paragraph'
  // 当団体は、[list] いつでも…: the sentence goes on after its list
  return {mode, leadOpen: mode === 'item' && !endsSentence(lead) && !/[:：]$/.test(lead)}
}

/** 下記のとおりとします。 then lines without markers: each such line is an item. */
export function announcesUnmarkedItems(content: string): boolean {
  return /[。:：]$/.test(content.trimEnd()) && /(?:下記|以下|次)の(?:とおり|通り)/.test(content)
}

export interface MarkdownTextState {
  prevBlank: boolean
  indent: number
  /** the open list's lead stopped mid-sentence */
  leadOpen: boolean
  listOpen: boolean
  /** a paragraph is open with text in it, or with items open under it (asked only when it matters) */
  paragraphInUse: () => boolean
  unmarkedItems: boolean
}

/**
 * What a text line at the margin of a Markdown article does: after a blank line it ends the
 * list (resuming an open lead) or starts the next paragraph; after an announcing lead it is an item.
 */
export function markdownText(state: MarkdownTextState): 'resumeLead' | 'nextParagraph' | 'unmarkedItem' | 'endList' | undefined {
  const margin = state.indent === 0
  if (state.prevBlank && margin && state.leadOpen && state.listOpen) return 'resumeLead'
  if (state.prevBlank && margin && state.paragraphInUse()) return 'nextParagraph'
  if (state.unmarkedItems && !state.prevBlank && margin) return 'unmarkedItem'
  if (state.listOpen && margin && state.prevBlank) return 'endList'
  return undefined
}

/** The span of an entry's text after its marker, or undefined for a marker alone. */
export function entryBody(text: string, marker: Span): Span | undefined {
  const rest = text.slice(marker.end)
  const body = rest.trim()
  if (!body) return undefined
  const start = marker.end + rest.indexOf(body)
  return {start, end: start + body.length}
}

/** Writes a marked line into its clause: layout, the marker as its number, the text as its body. */
export function emitEntry(writer: LeafWriter, node: Parent, line: Line, marker: Span, body: Span | undefined): void {
  const base = line.start
  writer.emit(node, base, base + marker.start, 'layout')
  writer.emit(node, base + marker.start, base + marker.end, 'num')
  if (body) {
    writer.emit(node, base + marker.end, base + body.start, 'layout')
    writer.emit(node, base + body.start, base + body.end, 'body')
    writer.emit(node, base + body.end, line.next, 'layout')
  } else {
    writer.emit(node, base + marker.end, line.next, 'layout')
  }
}
