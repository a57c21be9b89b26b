// （目的） on a line of its own: a statute-style caption for the article below it.
import type {Shape} from './shape.js'

const caption = /^[（(][^（）()。\n]{1,40}[）)]$/

export function captionLine(text: string, contentStart: number): Shape | undefined {
  const content = text.slice(contentStart).trimEnd()
  if (!caption.test(content)) return undefined
  return {kind: 'caption', caption: {start: contentStart, end: contentStart + content.length}, contentStart}
}
