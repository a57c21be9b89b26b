// Pages of lines → the extracted text and its line map. Furniture is left out; a gap of more
// than one and a half line pitches becomes a blank line, as a reader sees a break there.
// Lines broken by the page width stay as they are: the parser joins such wraps.
import {findFurniture, type Page} from './furniture.js'
import type {PdfFurniture, PdfLine, PdfText} from './types.js'

export function assemble(pages: readonly Page[]): PdfText {
  const furniture = findFurniture(pages)
  const pitch = linePitch(pages)
  const out: string[] = []
  const lines: PdfLine[] = []
  const dropped: PdfFurniture[] = []
  let offset = 0
  pages.forEach((page, p) => {
    let previous: number | undefined
    page.lines.forEach((line, index) => {
      const kind = furniture[p].get(index)
      if (kind) {
        dropped.push({page: p + 1, text: line.text, kind})
        return
      }
      if (previous !== undefined && pitch > 0 && line.y - previous > pitch * 1.5) {
        lines.push({offset, page: p + 1, x: round(line.x), y: round(line.y)})
        out.push('')
        offset += 1
      }
      previous = line.y
      lines.push({offset, page: p + 1, x: round(line.x), y: round(line.y)})
      out.push(line.text)
      offset += line.text.length + 1
    })
  })
  return {text: out.length === 0 ? '' : out.join('\n') + '\n', pages: pages.length, lines, furniture: dropped}
}

/**
 * The distance between the baselines of a paragraph's lines: a low percentile of the steps,
 * since in a loosely set document the breaks between paragraphs can outnumber the wraps.
 */
function linePitch(pages: readonly Page[]): number {
  const steps: number[] = []
  for (const page of pages) {
    for (let i = 1; i < page.lines.length; i++) {
      const step = page.lines[i].y - page.lines[i - 1].y
      if (step > 0) steps.push(step)
    }
  }
  if (steps.length === 0) return 0
  steps.sort((a, b) => a - b)
  return steps[Math.floor(steps.length / 5)]
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
