// `1. **（定義等）**`: an article written as an ordered-list entry whose only text is a bold
// caption. Such lists are often all written "1.", so the builder numbers them by position.
import type {Shape} from './shape.js'

const entry = /^([0-9０-９]{1,3})[.)][ \t]+\*\*[ \t]*([（(][^（）()。\n]{1,60}[）)])[ \t]*\*\*[ \t]*$/

export function listArticle(text: string, contentStart: number): Shape | undefined {
  // only a list at the margin: indented entries belong to the article above
  if (contentStart !== 0) return undefined
  const match = entry.exec(text)
  if (!match) return undefined
  const capStart = text.indexOf(match[2], match[1].length)
  return {
    kind: 'article',
    num: undefined,
    head: {start: 0, end: match[1].length + 1},
    caption: {start: capStart, end: capStart + match[2].length},
    numbering: 'ordinal',
    contentStart
  }
}
