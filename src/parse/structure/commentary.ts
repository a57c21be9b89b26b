// A commentary part (○○コメント, 逐条解説) after the provisions: its 第N条関係 headings point
// back at articles, and the 第N条 examples and ①② points under them are not provisions of the
// document. A title line followed by such a heading opens it, and the rest of the document is its text.
import {commentaryHead, isReferenceHeading} from '../classify/commentary-head.js'
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'
import {nextContent} from './pages.js'

/** Makes the first commentary title followed by a 関係 heading an appendix of kind コメント, and every line after it body text. */
export function markCommentary(lines: Line[], shapes: Shape[]): void {
  for (const line of lines) {
    const shape = shapes[line.index]
    if (shape.kind === 'blank' || shape.kind === 'furniture') continue
    const title = commentaryHead(line.text, shape.contentStart)
    if (!title) continue
    const next = nextContent(shapes, line.index)
    const after = shapes[next]
    if (after === undefined || after.kind === 'blank' || !isReferenceHeading(lines[next].text.slice(after.contentStart))) continue
    shapes[line.index] = title
    for (let index = line.index + 1; index < shapes.length; index++) {
      const later = shapes[index]
      if (later.kind !== 'blank' && later.kind !== 'furniture') shapes[index] = {kind: 'body', contentStart: later.contentStart}
    }
    return
  }
}
