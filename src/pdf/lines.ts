// Text items of one page → its lines in reading order (horizontal text, top to bottom, left
// to right). pdf.js gives items in content-stream order, which is usually but not always the
// reading order, so lines are rebuilt from the items' baselines.

/** A run of text as pdf.js places it: baseline origin in points from the top-left corner. */
export interface Glyphs {
  str: string
  x: number
  /** baseline, from the page's top edge */
  y: number
  width: number
  /** font size in points */
  size: number
}

export interface PageLine {
  text: string
  x: number
  y: number
  size: number
  /** where each tab-separated cell begins, for lines that have more than one */
  cells: number[]
}

/**
 * Many CJK fonts map some glyphs to the Kangxi radicals (⽉ U+2F49 for 月, ⽤ for 用), so the
 * extracted word would never match the typed one; those code points are only ever radicals
 * in a dictionary, and their compatibility mapping gives the ideograph.
 */
export function unifyRadicals(text: string): string {
  return /[\u2f00-\u2fdf]/.test(text) ? text.replace(/[\u2f00-\u2fdf]/g, (radical) => radical.normalize('NFKC')) : text
}

/** Items on one baseline (within a third of the font size) form a line. */
export function pageLines(items: readonly Glyphs[]): PageLine[] {
  // Spaces between runs are measured from the runs' places rather than taken from pdf.js,
  // which guesses them; a run of spaces alone is left out.
  const runs = items.filter((item) => item.str.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x)
  const groups: Glyphs[][] = []
  for (const item of runs) {
    const group = groups[groups.length - 1]
    if (group && Math.abs(group[0].y - item.y) <= Math.max(group[0].size, item.size) / 3) group.push(item)
    else groups.push([item])
  }
  const lines: PageLine[] = []
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x)
    let text = ''
    const cells = [group[0].x]
    let end = group[0].x
    for (const item of group) {
      // A visible gap with no space of its own is a space (第１条 この規約は…); a gap of
      // more than one and a half characters separates table columns, as a tab does.
      const gap = item.x - end
      if (text !== '' && gap > item.size * 0.3 && !/\s$/.test(text) && !/^\s/.test(item.str)) {
        const column = gap > item.size * 1.5
        text += column ? '\t' : ' '
        if (column) cells.push(item.x)
      }
      text += unifyRadicals(item.str)
      end = Math.max(end, item.x + item.width)
    }
    lines.push({text: text.trim(), x: group[0].x, y: group[0].y, size: Math.max(...group.map((item) => item.size)), cells})
  }
  return withEmptyFirstCells(lines)
}

/**
 * A table row whose first cell is empty (a header over the numbers column) starts under the
 * second column of the rows beside it; it gets the leading tab the empty cell stands for.
 */
function withEmptyFirstCells(lines: PageLine[]): PageLine[] {
  return lines.map((line, i) => {
    if (line.cells.length > 1) return line
    const neighbour = [lines[i + 1], lines[i - 1]].find((other) => other && other.cells.length > 1)
    const under = neighbour?.cells.slice(1).some((x) => Math.abs(x - line.x) < line.size / 2)
    return under ? {...line, text: '\t' + line.text, cells: [neighbour!.cells[0], line.x]} : line
  })
}
