// `## 1. 本サービスを利用できる者` / `### 1.はじめに` / `## (2) 定義`: a Markdown heading that
// numbers a provision without 第N条 is an article, its number from the heading. A heading
// without a number (`### 本規約の目的`) is a heading the builder places by what surrounds it.
import {readNumeral} from '../normalize.js'
import {isHeading} from './article-head.js'
import type {Shape} from './shape.js'

const numbered = /^(?:\*\*)?(?:([0-9０-９]{1,3})[.．)）](?![0-9０-９])|[（(]([0-9０-９]{1,3})[）)])[ \t\u3000]*(?:\*\*)?/
const title = /^(?:\*\*)?([^。\n]*?)(?:\*\*)?[ \t\u3000#]*$/

export function headingProvision(text: string, contentStart: number): Shape | undefined {
  if (!isHeading(text)) return undefined
  const content = text.slice(contentStart)
  const match = numbered.exec(content)
  if (!match) {
    const words = title.exec(content)
    if (!words || words[1].trim() === '') return undefined
    const start = contentStart + content.indexOf(words[1])
    return {kind: 'heading', level: headingLevel(text), title: {start, end: start + words[1].trimEnd().length}, contentStart}
  }
  const rest = content.slice(match[0].length)
  const caption = title.exec(rest)
  if (!caption || caption[1].trim() === '') return undefined
  const headEnd = contentStart + match[0].replace(/[ \t\u3000*]+$/, '').length
  const capStart = contentStart + match[0].length + rest.indexOf(caption[1])
  return {
    kind: 'article',
    num: String(readNumeral(match[1] ?? match[2])),
    head: {start: contentStart, end: headEnd},
    caption: {start: capStart, end: capStart + caption[1].trimEnd().length},
    numbering: 'section',
    level: headingLevel(text),
    contentStart
  }
}

// a line wholly in bold, without brackets: a sub-heading in Markdown (level 0: below every ATX level)
const bold = /^\*\*([^*（(][^*]*)\*\*[ \t]*$/

/** `**本サービスは現状のまま提供されます。**` on a line of its own. */
export function boldHeading(text: string, contentStart: number): Shape | undefined {
  if (contentStart !== 0) return undefined
  const match = bold.exec(text)
  if (!match) return undefined
  return {kind: 'heading', level: 0, title: {start: 2, end: 2 + match[1].length}, contentStart}
}

export function headingLevel(text: string): number {
  return /^[ \t]*(#+)/.exec(text)?.[1].length ?? 0
}
