// Where each replacement stands in the upstream text and in the output, as unist points.
// A replacement that holds no line break (a name never does) keeps the output on the
// upstream's lines, so the output's points follow from the upstream's: the line is the same
// and its start moves by what the replacements before it changed. Only a table whose
// wording holds a line break makes the output be indexed line by line again.
import {pointFinder, type PointFinder} from '../parse/lines.js'
import type {Replacement} from '../terms/matcher.js'
import type {PlaceRange} from '../terms/types.js'

export function replacementPlaces(text: string, output: string, replacements: Replacement[], from: PointFinder): Array<{upstream: PlaceRange; output: PlaceRange}> {
  const spansBreak = replacements.some((r) => hasBreak(text, r.start, r.end) || hasBreak(output, r.outputStart, r.outputEnd))
  if (spansBreak) {
    const to = pointFinder(output)
    return replacements.map((r) => ({upstream: {start: from(r.start), end: from(r.end)}, output: {start: to(r.outputStart), end: to(r.outputEnd)}}))
  }
  // before: how many replacements end at or before the start of the current line
  let before = 0
  return replacements.map((r) => {
    const start = from(r.start)
    const lineStart = r.start - start.column + 1
    while (before < replacements.length && replacements[before].end <= lineStart) before++
    const outputLineStart = before === 0 ? lineStart : lineStart + replacements[before - 1].outputEnd - replacements[before - 1].end
    return {
      upstream: {start, end: {line: start.line, column: start.column + r.end - r.start, offset: r.end}},
      output: {
        start: {line: start.line, column: r.outputStart - outputLineStart + 1, offset: r.outputStart},
        end: {line: start.line, column: r.outputEnd - outputLineStart + 1, offset: r.outputEnd}
      }
    }
  })
}

function hasBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) return true
  }
  return false
}
