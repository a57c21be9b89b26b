// Markdown lists under an article: nesting is by indentation, not by the numbers (lists are
// often all written "1."), and a list at the margin is the article's paragraphs (項) unless
// the sentence before it announces items (次の各号, 以下の事由, 下記のとおり …).
import type {Shape} from '../classify/index.js'
import type {Span} from '../classify/index.js'

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
