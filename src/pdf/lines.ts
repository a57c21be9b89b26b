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
}

/** Items on one baseline (within a third of the font size) form a line. */
export function pageLines(items: readonly Glyphs[]): PageLine[] {
  const runs = items.filter((item) => item.str !== '').sort((a, b) => a.y - b.y || a.x - b.x)
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
    let end = group[0].x
    for (const item of group) {
      // A visible gap with no space of its own is a space: 第１条 この規約は…
      if (text !== '' && item.x - end > item.size * 0.3 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' '
      text += item.str
      end = Math.max(end, item.x + item.width)
    }
    const trimmed = text.replace(/\s+$/, '')
    if (trimmed.trim() === '') continue
    const first = group.find((item) => item.str.trim() !== '') ?? group[0]
    lines.push({text: trimmed.replace(/^\s+/, ''), x: first.x, y: group[0].y, size: Math.max(...group.map((item) => item.size))})
  }
  return lines
}
