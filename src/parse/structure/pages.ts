// Text extracted from PDF: a running header repeated at every page break is furniture like
// the page number beside it, and （ア）／（イ） or 〔※…〕 lines that label alternative
// versions of a provision are labels, not items.
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'

const isFooter = (shape: Shape | undefined) => shape?.kind === 'furniture' && shape.why === 'footer'

/**
 * Marks as furniture a line repeated beside the page number (blank lines between or not) at two or more page breaks. A
 * short PDF has few pages, so two breaks must do; a coincidence would need the same short
 * line twice, each time next to a page number. The document's first line stays text even
 * when the header repeats it: on the first page it is the title.
 */
export function markRunningHeads(lines: Line[], shapes: Shape[]): void {
  const counts = new Map<string, number>()
  // beside: the nearest line with anything on it, above or below (a blank line may part them)
  const near = (i: number, step: 1 | -1) => {
    let j = i + step
    while (shapes[j]?.kind === 'blank') j += step
    return shapes[j]
  }
  const besideFooter = (i: number) => isFooter(near(i, -1)) || isFooter(near(i, 1))
  for (const line of lines) {
    const shape = shapes[line.index]
    if (shape.kind === 'blank' || shape.kind === 'furniture' || !besideFooter(line.index)) continue
    const key = line.text.trim()
    if (key.length <= 60 && !key.endsWith('。')) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  if (counts.size === 0) return
  const first = shapes.findIndex((shape) => shape.kind !== 'blank')
  for (const line of lines) {
    const shape = shapes[line.index]
    if (shape.kind === 'blank' || shape.kind === 'furniture' || line.index === first) continue
    if ((counts.get(line.text.trim()) ?? 0) >= 2) shapes[line.index] = {kind: 'furniture', why: 'header', contentStart: shape.contentStart}
  }
}

/** The next line that is neither blank nor furniture. */
export function nextContent(shapes: Shape[], index: number): number {
  let next = index + 1
  while (next < shapes.length && (shapes[next].kind === 'blank' || shapes[next].kind === 'furniture')) next++
  return next
}

const variantNote = /^〔※[^〕]*〕$/

/**
 * Lines that label an alternative version: 〔※…〕 notes, and a bracketed kana line or a short
 * condition without a sentence end — （イ）…場合 — followed by a caption, an article or a
 * paragraph number.
 */
export function alternativeLabels(lines: Line[], shapes: Shape[]): Set<number> {
  const labels = new Set<number>()
  for (const line of lines) {
    const shape = shapes[line.index]
    const content = line.text.trim()
    if (shape.kind === 'body' && variantNote.test(content)) labels.add(line.index)
    if (/。$/.test(content)) continue
    const kana = shape.kind === 'numbered' && shape.candidates.some((c) => c.series === 'paren-aiueo' || c.series === 'paren-iroha')
    // 外部専門家を置く場合: a short condition standing alone, naming the version that follows
    const condition = shape.kind === 'body' && content.length <= 40 && /場合$/.test(content)
    if (!kana && !condition) continue
    const next = shapes[nextContent(shapes, line.index)]
    if (next && (next.kind === 'caption' || next.kind === 'article' || (next.kind === 'numbered' && next.candidates.some((c) => c.series === 'digit')))) labels.add(line.index)
  }
  return labels
}
