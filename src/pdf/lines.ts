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
 * Many CJK fonts map some glyphs to radicals (⽉ U+2F49 for 月, ⺠ U+2EA0 for 民), so the
 * extracted word would never match the typed one. The Kangxi radicals carry a compatibility
 * mapping to their ideograph; of the supplement, those drawn as the whole ideograph (the
 * rest are component shapes such as ⺡, which no text uses as a character) are listed here.
 */
const supplement: Record<string, string> = {
  '\u2e97': '心', '\u2e9f': '母', '\u2ea0': '民', '\u2ea9': '王', '\u2eae': '竹', '\u2eb7': '羊', '\u2ebc': '肉', '\u2ec4': '西',
  '\u2ec6': '角', '\u2edd': '食', '\u2ee3': '骨', '\u2ee4': '鬼', '\u2ee8': '麦', '\u2ee9': '黄', '\u2eeb': '斉', '\u2eed': '歯',
  '\u2eef': '竜', '\u2ef2': '亀'
}

export function unifyRadicals(text: string): string {
  if (!/[\u2e80-\u2fdf]/.test(text)) return text
  return text.replace(/[\u2e80-\u2fdf]/g, (radical) => (radical >= '\u2f00' ? radical.normalize('NFKC') : (supplement[radical] ?? radical)))
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
    // A control character in a run (a stray line break) must not split the line in two.
    lines.push({text: text.replace(/[\u0000-\u0008\u000a-\u001f]/g, ' ').trim(), x: group[0].x, y: group[0].y, size: Math.max(...group.map((item) => item.size)), cells})
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
