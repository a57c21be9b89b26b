// Tables of contents (目次) and captions on the line before an article: both are decided by
// what follows a line, so they are read ahead over the classified lines.
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'

/**
 * Caption line index → the article head line it belongs to (blank lines and page breaks between
 * allowed). A Markdown heading that holds only a bracketed caption, over an article without one, becomes that caption.
 */
export function linkCaptions(shapes: Shape[], lines: Line[]): Map<number, number> {
  const heads = new Map<number, number>()
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]
    if (shape.kind !== 'caption' && shape.kind !== 'heading') continue
    const j = nextNonBlank(shapes, i)
    const article = shapes[j]
    if (article?.kind !== 'article') continue
    if (shape.kind === 'caption') heads.set(i, j)
    else if (!article.caption && bracketed.test(lines[i].text.slice(shape.title.start, shape.title.end).trimEnd())) {
      // `## （目的）` over a bare `第1条`: a Markdown heading that is the article's caption
      shapes[i] = {kind: 'caption', caption: {start: shape.title.start, end: shape.title.start + lines[i].text.slice(shape.title.start, shape.title.end).trimEnd().length}, contentStart: shape.contentStart}
      heads.set(i, j)
    }
  }
  return heads
}

const bracketed = /^[（(][^（）()。\n]{1,40}[）)]$/

/** The next line that is neither blank nor page furniture: a caption stays with its article across a page break. */
function nextNonBlank(shapes: Shape[], index: number): number {
  let next = index + 1
  while (next < shapes.length && (shapes[next].kind === 'blank' || (shapes[next].kind === 'furniture' && isPageFurniture(shapes[next])))) next++
  return next
}

function isPageFurniture(shape: Shape): boolean {
  return shape.kind === 'furniture' && (shape.why === 'footer' || shape.why === 'header')
}

/** Follows a contents list from its 目次 line to the first line of the text proper. */
export class Contents {
  open = false
  readonly heads = new Set<string>()

  constructor(
    readonly shapes: Shape[],
    readonly captionHead: Map<number, number>
  ) {}

  /** A contents list ends at the first heading it has already listed, or at any article or sentence. */
  leave(shape: Shape, index: number): boolean {
    if (shape.kind === 'article' || shape.kind === 'body' || shape.kind === 'numbered') {
      this.open = false
      return true
    }
    if (shape.kind === 'division') {
      const key = `${shape.level}:${shape.num}`
      // A heading already listed, or one with an article under it, is the text proper.
      if (this.heads.has(key) || this.articleFollows(index)) {
        this.open = false
        return true
      }
      this.heads.add(key)
    }
    return false
  }

  articleFollows(index: number): boolean {
    const next = nextNonBlank(this.shapes, index)
    const kind = this.shapes[next]?.kind
    return kind === 'article' || (kind === 'caption' && this.captionHead.has(next))
  }
}
