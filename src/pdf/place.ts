// From a place in the extracted text back to the page: the text has one PdfLine per line.
import type {PdfPlace, PdfText} from './types.js'
import {lastBefore} from '../parse/search.js'

/** The page and point where a 1-based line of the extracted text begins. */
export function placeOfLine(pdf: Pick<PdfText, 'lines'>, line: number): PdfPlace | undefined {
  const entry = pdf.lines[line - 1]
  return entry && {page: entry.page, x: entry.x, y: entry.y}
}

/** The page and point of the line holding an offset of the extracted text (binary search). */
export function placeOfOffset(pdf: Pick<PdfText, 'lines'>, offset: number): PdfPlace | undefined {
  const {lines} = pdf
  if (lines.length === 0 || offset < 0) return undefined
  return placeOfLine(pdf, Math.max(0, lastBefore(lines.length, (i) => lines[i].offset <= offset)) + 1)
}
