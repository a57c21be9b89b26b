// Page furniture: page numbers (- 16 -, 16/37, 16 ページ) and running headers and footers —
// the same words at the same height on many pages, digits aside (令和７年改正…, 第3版 p.2).
import type {PageLine} from './lines.js'
import type {PdfFurniture} from './types.js'

const pageNumber = /^[-－―‐—–\s]*(?:p\.?\s*)?[0-9０-９]+(?:\s*[/／]\s*[0-9０-９]+|\s*(?:ページ|頁))?[-－―‐—–\s]*$/i

/** Only lines this close to a page's top or bottom edge can be furniture. */
const margin = 0.12

export interface Page {
  height: number
  lines: PageLine[]
}

/** For each page, which of its lines are furniture (by index), with what they are. */
export function findFurniture(pages: readonly Page[]): Array<Map<number, PdfFurniture['kind']>> {
  const key = (line: PageLine) => `${Math.round(line.y)}|${line.text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '')}`
  const inMargin = (page: Page, line: PageLine) => line.y < page.height * margin || line.y > page.height * (1 - margin)
  // A text at one height on a third of the pages (and at least two) is running furniture.
  const seen = new Map<string, number>()
  for (const page of pages) {
    for (const k of new Set(page.lines.filter((line) => inMargin(page, line)).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1)
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 3))
  return pages.map((page) => {
    const found = new Map<number, PdfFurniture['kind']>()
    page.lines.forEach((line, index) => {
      if (!inMargin(page, line)) return
      if (pageNumber.test(line.text)) found.set(index, 'page-number')
      else if (pages.length > 1 && (seen.get(key(line)) ?? 0) >= threshold) found.set(index, 'running')
    })
    return found
  })
}
