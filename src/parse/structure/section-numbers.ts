// Terms numbered by sections, as privacy policies and SaaS terms often are: a line `3. 料金`
// heads a section, and `3.1 …`, `3.2 …` are its paragraphs. Alone, `3. 料金` reads like a list
// entry and `3.1 …` like body text; the next line tells: a short title whose next line opens
// with `3.1` is the head of section 3 (an article), and `3.M` inside section 3 is paragraph M.
// Sections headed in Markdown (`## 3. 料金`) get their `3.M` paragraphs the same way.
import {readNumeral} from '../normalize.js'
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'

// `3.1 ` / `３．２　`: the section's number, then the paragraph's
const decimal = /^([0-9０-９]{1,3})[.．]([0-9０-９]{1,3})(?![0-9０-９.．])[ \t\u3000]*/

/** Turns section heads and their decimal paragraph numbers into article and paragraph shapes. */
export function markSectionNumbers(lines: Line[], shapes: Shape[]): void {
  let section: number | undefined
  for (let i = 0; i < lines.length; i++) {
    const shape = shapes[i]
    if (shape.kind === 'blank') continue
    const head = sectionHead(lines, shapes, i)
    if (head !== undefined) {
      shapes[i] = head
      section = Number(head.num)
      continue
    }
    if (shape.kind === 'article') {
      section = shape.numbering === 'section' && shape.num !== undefined ? Number(shape.num) : undefined
      continue
    }
    if (shape.kind === 'division' || shape.kind === 'appendix') section = undefined
    if (section === undefined || shape.kind !== 'body') continue
    const paragraph = decimalNumber(lines[i].text, shape.contentStart)
    if (paragraph?.section === section) shapes[i] = paragraph.shape
  }
}

/** `3. 料金` followed by a line opening with `3.1`: an article numbered as a section. */
function sectionHead(lines: Line[], shapes: Shape[], at: number): Extract<Shape, {kind: 'article'}> | undefined {
  const shape = shapes[at]
  if (shape.kind !== 'numbered' || shape.contentStart !== 0 || !shape.body) return undefined
  const dot = shape.candidates.find((candidate) => candidate.series === 'dot')
  if (!dot) return undefined
  const title = lines[at].text.slice(shape.body.start, shape.body.end)
  // a title, not a sentence
  if (title.length > 40 || /[。、]/.test(title)) return undefined
  let next = at + 1
  while (next < lines.length && shapes[next].kind === 'blank') next++
  const following = shapes[next]
  if (following?.kind !== 'body') return undefined
  if (decimalNumber(lines[next].text, following.contentStart)?.section !== dot.num) return undefined
  return {kind: 'article', num: String(dot.num), head: shape.marker, caption: shape.body, numbering: 'section', contentStart: 0}
}

function decimalNumber(text: string, contentStart: number): {section: number; shape: Shape} | undefined {
  const match = decimal.exec(text.slice(contentStart))
  if (!match) return undefined
  const markerEnd = contentStart + match[0].trimEnd().length
  const bodyStart = contentStart + match[0].length
  const bodyEnd = text.trimEnd().length
  return {
    section: readNumeral(match[1])!,
    shape: {
      kind: 'numbered',
      marker: {start: contentStart, end: markerEnd},
      candidates: [{series: 'digit', num: readNumeral(match[2])!}],
      body: bodyEnd > bodyStart ? {start: bodyStart, end: bodyEnd} : undefined,
      contentStart
    }
  }
}
