// A table laid out with spaces, as text extracted from a PDF or typed in a plain-text editor
// gives it: columns parted by wide gaps (two full-width spaces, or four half-width), on two or
// more consecutive lines with the same number of columns. One such line alone is text that
// happens to hold a gap; a run of them is a table, and its rows become table rows.
import type {Shape, Span} from '../classify/index.js'
import type {Line} from '../lines.js'

// a gap at least as wide as two full-width spaces (a full-width space counts two)
const minimumGap = 4
const twoSpaces = /[ \u3000]{2}/

/** The cells of a line parted by wide gaps, or undefined when it has no wide gap. */
export function spaceCells(text: string, from: number): Span[] | undefined {
  // a gap that wide is at least two spaces in a row: most lines are let go by one native search
  if (!twoSpaces.test(text)) return undefined
  const cells: Span[] = []
  let start = from
  let i = from
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code !== 0x20 && code !== 0x3000) {
      i++
      continue
    }
    let end = i
    let width = 0
    while (end < text.length && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x3000)) width += text.charCodeAt(end++) === 0x3000 ? 2 : 1
    if (width >= minimumGap && end < text.length && i > start) {
      cells.push({start, end: i})
      start = end
    }
    i = end
  }
  const last = text.trimEnd().length
  if (cells.length === 0 || last <= start) return undefined
  cells.push({start, end: last})
  return cells
}

/** Marks runs of two or more body lines with the same columns as rows of a table. */
export function markSpaceTables(lines: Line[], shapes: Shape[]): void {
  let run: Array<{index: number; cells: Span[]; contentStart: number}> = []
  const close = () => {
    if (run.length >= 2) for (const {index, cells, contentStart} of run) shapes[index] = {kind: 'tableRow', cells, separator: false, contentStart}
    run = []
  }
  for (const line of lines) {
    const shape = shapes[line.index]
    const cells = shape.kind === 'body' || shape.kind === 'numbered' ? spaceCells(line.text, shape.contentStart) : undefined
    if (!cells || (run.length > 0 && run[0].cells.length !== cells.length)) close()
    if (cells && (shape.kind === 'body' || shape.kind === 'numbered')) run.push({index: line.index, cells, contentStart: shape.contentStart})
  }
  close()
}
