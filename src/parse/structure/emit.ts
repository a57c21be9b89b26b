// Writing leaves: every source range becomes one leaf of one parent, layout runs merge, and
// positions are taken from the line being read so no lookup scans the text.
import type {Line} from '../lines.js'
import type {Parent, Point, Position, Text, TextRole} from '../types.js'
import type {Span} from '../classify/index.js'

export function point(line: number, column: number, offset: number): Point {
  return {line, column, offset}
}

export function span(start: Point, end: Point): Position {
  return {start, end}
}

/** An empty node's position: the start of the text. */
export function emptySpan(): Position {
  return span(point(1, 1, 0), point(1, 1, 0))
}

/**
 * A parent's position while its leaves are being written. One object for every parent, never
 * kept: `setPositions` gives each parent its own, so a large document does not promote three
 * placeholder objects per clause into the old heap.
 */
export const pendingSpan: Position = Object.freeze({start: Object.freeze(point(1, 1, 0)), end: Object.freeze(point(1, 1, 0))})

/** A node spans from its first leaf to its last. */
export function setPositions(node: Parent): void {
  const children = node.children
  for (const child of children) if (child.type !== 'text') setPositions(child)
  node.position = children.length > 0 ? span(children[0].position.start, children[children.length - 1].position.end) : emptySpan()
}

export class LeafWriter {
  /** the line being read; every offset handed in lies on it or at the start of the next */
  current!: Line
  /** every id given out, with the next __dup_ suffix to try for it */
  readonly ids = new Map<string, number>()
  /** per parent, the child suffixes given out (para_1, item_2 …), each with its next __dup_ number */
  private readonly childIds = new Map<Parent, Map<string, number>>()
  private lastPoint?: Point

  constructor(readonly text: string) {}

  /** Appends the source range [start, end) to `parent` as a leaf; layout runs merge. */
  emit(parent: Parent, start: number, end: number, role: TextRole): Text | undefined {
    if (end <= start) return undefined
    const children = parent.children
    const last = children[children.length - 1]
    if (role === 'layout' && last && last.type === 'text' && last.role === 'layout' && last.position.end.offset === start) {
      last.value += this.text.slice(start, end)
      last.position.end = this.pointAt(end)
      return last
    }
    const startPoint = this.pointAt(start)
    const leaf: Text = {type: 'text', value: this.text.slice(start, end), role, position: span(startPoint, this.pointAt(end))}
    children.push(leaf)
    return leaf
  }

  /** Emits a line as layout before `from`, `role` from `from` to `to`, layout to the next line. */
  emitLine(parent: Parent, line: Line, from: number, to: number, role: TextRole): Text | undefined {
    this.emit(parent, line.start, from, 'layout')
    const leaf = this.emit(parent, from, to, role)
    this.emit(parent, to, line.next, 'layout')
    return leaf
  }

  /** A heading line: its number, then its title. */
  emitHeadLine(parent: Parent, line: Line, head: Span, title?: Span): void {
    this.emit(parent, line.start, line.start + head.start, 'layout')
    this.emit(parent, line.start + head.start, line.start + head.end, 'num')
    if (title) {
      this.emit(parent, line.start + head.end, line.start + title.start, 'layout')
      this.emit(parent, line.start + title.start, line.start + title.end, 'title')
      this.emit(parent, line.start + title.end, line.next, 'layout')
    } else {
      this.emit(parent, line.start + head.end, line.next, 'layout')
    }
  }

  /** Leaves are contiguous, so one leaf's end is the next one's start: that point is made once and shared (points are never mutated). */
  pointAt(offset: number): Point {
    if (this.lastPoint?.offset === offset) return this.lastPoint
    const line = this.current
    this.lastPoint = offset >= line.next && line.next > line.end ? point(line.index + 2, 1, offset) : point(line.index + 1, offset - line.start + 1, offset)
    return this.lastPoint
  }

  /** The current line's place, for diagnostics. */
  linePlace(): Position {
    const line = this.current
    return span(point(line.index + 1, 1, line.start), point(line.index + 1, line.end - line.start + 1, line.end))
  }

  /** Repeated numbers get __dup_2, __dup_3 …; the next free suffix is remembered so this stays linear. */
  uniqueId(id: string): string {
    return nextFree(this.ids, id)
  }

  /**
   * The id of a clause under `parent`: `<parent id>__<suffix>`, unique among the parent's
   * clauses. A parent's id is unique, so no other parent can give out the same one; keeping
   * the suffixes per parent spares one large map of long keys (a 5 MB document has 100,000).
   */
  childId(parent: Parent, suffix: string): string {
    let used = this.childIds.get(parent)
    if (used === undefined) this.childIds.set(parent, (used = new Map()))
    return `${parent.id}__${nextFree(used, suffix)}`
  }
}

/** `id` if unused, else the first free `id__dup_N`; records what it gives out in `used`. */
function nextFree(used: Map<string, number>, id: string): string {
  let n = used.get(id)
  if (n === undefined) {
    used.set(id, 2)
    return id
  }
  let unique = `${id}__dup_${n++}`
  while (used.has(unique)) unique = `${id}__dup_${n++}`
  used.set(id, n)
  used.set(unique, 2)
  return unique
}
