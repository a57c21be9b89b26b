// A row of a tab-separated or pipe table; `|---|---|` is a separator under a header, and so are
// the rules of a grid drawn in text (+----+----+, ├──┼──┤), whose rows may be drawn with │.
import type {Shape, Span} from './shape.js'

const separator = /^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/

// the rules of a grid drawn in text: +------+------+ / ┌──┬──┐ / ├──┼──┤ / └──┴──┘
const gridRule = /^[+┌├└┏┣┗][-=─━+┬┼┴┳╋┻]*[+┐┤┘┓┫┛]$/
// a grid's row drawn with box characters: │ プラン │ 月額 │
const boxBar = /^[│┃]/

export function tableRow(text: string, contentStart: number): Shape | undefined {
  const trimmedEnd = text.trimEnd().length
  const content = text.slice(contentStart, trimmedEnd)
  if (content.length >= 3 && gridRule.test(content) && /[-=─━]/.test(content)) return {kind: 'tableRow', cells: [], separator: true, contentStart}
  if (boxBar.test(content)) {
    const bar = content[0]
    return {kind: 'tableRow', cells: splitCells(text, contentStart + 1, content.endsWith(bar) && content.length > 1 ? trimmedEnd - 1 : trimmedEnd, bar), separator: false, contentStart}
  }
  // GFM lets the separator row go without its outer pipes: ----|----
  if (content.startsWith('|') || (content.includes('|') && separator.test(content))) {
    if (separator.test(content)) return {kind: 'tableRow', cells: [], separator: true, contentStart}
    return {kind: 'tableRow', cells: splitCells(text, contentStart + 1, content.endsWith('|') && content.length > 1 ? trimmedEnd - 1 : trimmedEnd, '|'), separator: false, contentStart}
  }
  // Tabs make a table even when the first cell is empty (a header over a number column).
  const firstTab = text.indexOf('\t')
  if (firstTab === -1 || firstTab >= trimmedEnd) return undefined
  const start = text.slice(0, firstTab).trim() === '' ? firstTab : contentStart
  const cells = start === firstTab ? [{start: firstTab, end: firstTab}, ...splitCells(text, firstTab + 1, trimmedEnd, '\t')] : splitCells(text, start, trimmedEnd, '\t')
  if (cells.length < 2) return undefined
  return {kind: 'tableRow', cells, separator: false, contentStart: start === firstTab ? firstTab : contentStart}
}

function splitCells(text: string, from: number, to: number, sep: string): Span[] {
  const cells: Span[] = []
  let start = from
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === sep) {
      let s = start
      let e = i
      while (s < e && /[ \t\u3000]/.test(text[s])) s++
      while (e > s && /[ \t\u3000]/.test(text[e - 1])) e--
      cells.push({start: s, end: e})
      start = i + 1
    }
  }
  return cells
}
