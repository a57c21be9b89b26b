// Terms numbered by sections, as privacy policies and SaaS terms often are: a line `3. 料金`
// heads a section, and `3.1 …`, `3.2 …` are its paragraphs. Alone, `3. 料金` reads like a list
// entry and `3.1 …` like body text; the next line tells: a short title whose next line opens
// with `3.1` is the head of section 3 (an article), and `3.M` inside section 3 is paragraph M.
// Sections headed in Markdown (`## 3. 料金`) get their `3.M` paragraphs the same way; a head may be
// set in bold (`**3. 料金**`), and a paragraph numbered `3-1` as well as `3.1`. `3.1.2` inside
// paragraph 3.1 is its item 2.
import {readNumeral} from '../normalize.js'
import type {Shape, Span} from '../classify/index.js'
import type {Line} from '../lines.js'

// `3.1 ` / `３．２　` / `3-1 `: the section's number, then the paragraph's
const decimal = /^([0-9０-９]{1,3})[.．\-－]([0-9０-９]{1,3})(?![0-9０-９.．\-－])[ \t\u3000]*/
// `2.1.1 ` inside paragraph 2.1: an item of it
const triple = /^([0-9０-９]{1,3})[.．]([0-9０-９]{1,3})[.．]([0-9０-９]{1,3})(?![0-9０-９])[.．]?[ \t\u3000]*/
// a bold line `**3. 料金**`: the number and the title inside the markers
const boldNumber = /^([0-9０-９]{1,3})[.．][ \t\u3000]*/

/** Turns section heads and their decimal paragraph numbers into article and paragraph shapes. */
export function markSectionNumbers(lines: Line[], shapes: Shape[]): void {
  let section: number | undefined
  let paragraphNum: number | undefined
  for (let i = 0; i < lines.length; i++) {
    const shape = shapes[i]
    if (shape.kind === 'blank') continue
    const head = sectionHead(lines, shapes, i)
    if (head !== undefined) {
      shapes[i] = head
      section = Number(head.num)
      paragraphNum = undefined
      continue
    }
    if (shape.kind === 'article') {
      section = shape.numbering === 'section' && shape.num !== undefined ? Number(shape.num) : undefined
      paragraphNum = undefined
      continue
    }
    if (shape.kind === 'division' || shape.kind === 'appendix') section = undefined
    if (section === undefined || shape.kind !== 'body') continue
    const paragraph = decimalNumber(lines[i].text, shape.contentStart)
    if (paragraph?.section === section) {
      shapes[i] = paragraph.shape
      paragraphNum = paragraph.paragraph
      continue
    }
    const item = tripleNumber(lines[i].text, shape.contentStart)
    if (item && item.section === section && item.paragraph === paragraphNum) shapes[i] = item.shape
  }
}

/** `3. 料金` (or `**3. 料金**`) followed by a line opening with `3.1`: an article numbered as a section. */
function sectionHead(lines: Line[], shapes: Shape[], at: number): Extract<Shape, {kind: 'article'}> | undefined {
  const head = numberedTitle(lines[at].text, shapes[at])
  if (!head) return undefined
  const title = lines[at].text.slice(head.caption.start, head.caption.end)
  // a title, not a sentence
  if (title.length > 40 || /[。、]/.test(title)) return undefined
  let next = at + 1
  while (next < lines.length && shapes[next].kind === 'blank') next++
  const following = shapes[next]
  if (following?.kind !== 'body') return undefined
  if (decimalNumber(lines[next].text, following.contentStart)?.section !== head.num) return undefined
  return {kind: 'article', num: String(head.num), head: head.head, caption: head.caption, numbering: 'section', contentStart: 0}
}

/** The number, its span and the title of a line that may head a section: `3. 料金` at the margin, or in bold. */
function numberedTitle(text: string, shape: Shape): {num: number; head: Span; caption: Span} | undefined {
  if (shape.kind === 'numbered') {
    const dot = shape.candidates.find((candidate) => candidate.series === 'dot')
    return dot && shape.contentStart === 0 && shape.body ? {num: dot.num, head: shape.marker, caption: shape.body} : undefined
  }
  if (shape.kind !== 'heading' || shape.level !== 0) return undefined
  const match = boldNumber.exec(text.slice(shape.title.start, shape.title.end))
  if (!match || match[0].length === shape.title.end - shape.title.start) return undefined
  const start = shape.title.start
  return {num: readNumeral(match[1])!, head: {start, end: start + match[0].trimEnd().length}, caption: {start: start + match[0].length, end: shape.title.end}}
}

/** `3.2 …`: paragraph 2 of section 3. */
function decimalNumber(text: string, contentStart: number): {section: number; paragraph: number; shape: Shape} | undefined {
  return numberedLine(decimal, 'digit', 2, text, contentStart)
}

/** `2.1.1 …` in paragraph 2.1: item 1 of it, numbered as written. */
function tripleNumber(text: string, contentStart: number): {section: number; paragraph: number; shape: Shape} | undefined {
  return numberedLine(triple, 'dot', 3, text, contentStart)
}

/** A line opening with a decimal number: the section and paragraph it names, and its shape numbered by the `last` group in `series`. */
function numberedLine(pattern: RegExp, series: 'digit' | 'dot', last: number, text: string, contentStart: number): {section: number; paragraph: number; shape: Shape} | undefined {
  const match = pattern.exec(text.slice(contentStart))
  if (!match) return undefined
  const markerEnd = contentStart + match[0].trimEnd().length
  const bodyStart = contentStart + match[0].length
  const bodyEnd = text.trimEnd().length
  return {
    section: readNumeral(match[1])!,
    paragraph: readNumeral(match[2])!,
    shape: {
      kind: 'numbered',
      marker: {start: contentStart, end: markerEnd},
      candidates: [{series, num: readNumeral(match[last])!}],
      body: bodyEnd > bodyStart ? {start: bodyStart, end: bodyEnd} : undefined,
      contentStart
    }
  }
}
