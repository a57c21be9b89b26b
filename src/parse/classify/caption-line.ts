// （目的） on a line of its own: a statute-style caption for the article below it.
import type {Shape} from './shape.js'

const caption = /^[（(][^（）()。\n]{1,40}[）)]$/
const bold = /^\*\*[ \t]*([（(][^（）()。\n]{1,40}[）)])[ \t]*\*\*$/

export function captionLine(text: string, contentStart: number): Shape | undefined {
  const content = text.slice(contentStart).trimEnd()
  const strong = bold.exec(content)
  if (strong) {
    const start = contentStart + content.indexOf(strong[1])
    return {kind: 'caption', caption: {start, end: start + strong[1].length}, contentStart}
  }
  if (!caption.test(content)) return undefined
  return {kind: 'caption', caption: {start: contentStart, end: contentStart + content.length}, contentStart}
}
