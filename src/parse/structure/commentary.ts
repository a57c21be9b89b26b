// A commentary part (○○コメント, 逐条解説) after the provisions: its 第N条関係 headings point
// back at articles, and the 第N条 examples and ①② points under them are not provisions of the
// document. Once its title is followed by such a heading, the rest of the document is its text.
import {isReferenceHeading} from '../classify/commentary-head.js'
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'
import {nextContent} from './pages.js'

const isCommentaryTitle = (shape: Shape) => shape.kind === 'appendix' && shape.appendixKind === 'コメント'

/** Keeps the first confirmed commentary title and turns every line after it into body text; an unconfirmed title is body. */
export function markCommentary(lines: Line[], shapes: Shape[]): void {
  for (let index = 0; index < shapes.length; index++) {
    const shape = shapes[index]
    if (!isCommentaryTitle(shape) || shape.kind === 'blank') continue
    const next = nextContent(shapes, index)
    if (next >= lines.length || !isReferenceHeading(lines[next].text)) {
      shapes[index] = {kind: 'body', contentStart: shape.contentStart}
      continue
    }
    for (let after = index + 1; after < shapes.length; after++) {
      const later = shapes[after]
      if (later.kind !== 'blank' && later.kind !== 'furniture') shapes[after] = {kind: 'body', contentStart: later.contentStart}
    }
    return
  }
}
