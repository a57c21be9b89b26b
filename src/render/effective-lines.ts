// The effective text of one upstream document cut into lines, each with its substituted
// spans, clause anchors and exclusion/override state, so the Markdown and HTML writers
// only decide how each piece looks.
import type {EffectiveUpstream, Mark} from '../rewrite/index.js'

export type Piece =
  | {kind: 'text'; text: string}
  /** `index` into the document's substitutions */
  | {kind: 'substitution'; text: string; index: number}
  | {kind: 'anchor'; id: string}

export interface EffectiveLine {
  pieces: Piece[]
  blank: boolean
  /** inside an excluded clause */
  excluded: boolean
  /** inside an overridden article */
  overridden: boolean
  /** labels to show at the end of this line: the first line of each marked clause */
  labels: Mark[]
  /** the deepest clause holding the line's start (article, paragraph, item, tableRow…), for layout */
  clause?: {type: string; id: string}
  /** the line opens that clause (an article's caption or number line, an item's first line) */
  opens: boolean
}

/**
 * The lines one at a time: a writer turns each into its own form and lets it go, so a
 * 5 MB document's 90,000 lines are never all held (and promoted by the GC) at once.
 */
export function* layoutLines(document: EffectiveUpstream): Generator<EffectiveLine> {
  const {output, substitutions, marks} = document
  const subs = substitutions.map((substitution, index) => ({start: substitution.output.start.offset, end: substitution.output.end.offset, index}))
  const anchors = marks.filter((mark) => mark.kind === 'anchor')
  const ranges = marks.filter((mark) => mark.kind !== 'anchor')
  const labelled = new Set<Mark>()
  let sub = 0
  let anchor = 0
  let range = 0
  let active: Mark[] = []
  // Clauses open at the line being laid out, outermost first.
  let open: Mark[] = []
  let start = 0
  while (start <= output.length) {
    const newline = output.indexOf('\n', start)
    const end = newline === -1 ? output.length : newline
    const contentEnd = end > start && output[end - 1] === '\r' ? end - 1 : end
    const pieces: Piece[] = []
    if (open.some((mark) => mark.end <= start)) open = open.filter((mark) => start < mark.end)
    const depth = open.length
    let at = start
    while (true) {
      const nextSub = sub < subs.length && subs[sub].start < end ? subs[sub] : undefined
      const nextAnchor = anchor < anchors.length && anchors[anchor].start <= end ? anchors[anchor] : undefined
      if (!nextSub && !nextAnchor) break
      if (nextAnchor && (!nextSub || nextAnchor.start <= nextSub.start)) {
        at = textUpTo(pieces, output, at, nextAnchor.start)
        pieces.push({kind: 'anchor', id: nextAnchor.id})
        if (nextAnchor.start < Math.max(contentEnd, start + 1)) open.push(nextAnchor)
        anchor++
      } else if (nextSub) {
        textUpTo(pieces, output, at, nextSub.start)
        pieces.push({kind: 'substitution', text: output.slice(nextSub.start, nextSub.end), index: nextSub.index})
        at = nextSub.end
        sub++
      }
    }
    textUpTo(pieces, output, at, contentEnd)
    const blank = isBlank(output, start, contentEnd)
    // Ranges come sorted by start: those begun by the end of this line join, those ended leave.
    const reach = Math.max(contentEnd, start + 1)
    while (range < ranges.length && ranges[range].start < reach) active.push(ranges[range++])
    if (active.length > 0 && active.some((mark) => mark.end <= start)) active = active.filter((mark) => start < mark.end)
    const over = active
    const labels = blank || over.length === 0 ? [] : over.filter((mark) => !labelled.has(mark))
    for (const mark of labels) labelled.add(mark)
    yield {
      pieces,
      blank,
      excluded: !blank && over.length > 0 && over.some((mark) => mark.kind === 'excluded'),
      overridden: !blank && over.length > 0 && over.some((mark) => mark.kind === 'overridden'),
      labels,
      clause: open.length === 0 ? undefined : {type: open[open.length - 1].type, id: open[open.length - 1].id},
      opens: open.length > depth
    }
    if (newline === -1) break
    start = newline + 1
  }
}

/** Adds output[at, to) as a text piece when it is not empty; returns where the next piece starts. (A function, not a closure per line: this runs once for every line of large documents.) */
function textUpTo(pieces: Piece[], output: string, at: number, to: number): number {
  if (to > at) pieces.push({kind: 'text', text: output.slice(at, to)})
  return Math.max(at, to)
}

/** Whether text[start, end) is white space only, without cutting it out. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false
  return true
}

/** The UTF-16 units /\s/ matches, told by code: no regex (nor one-character string) per character of a long document. */
export function isSpaceCode(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
