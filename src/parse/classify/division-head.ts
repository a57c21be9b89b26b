// 第一章　総則 / 第2節 申込 — headings that group articles (編 章 節 款 目).
import {headingNumber} from '../normalize.js'
import {boldEnd, boldOpening, closingAt} from './bold.js'
import type {Shape} from './shape.js'

const head = /^第[ \t\u3000]*[0-9０-９〇一二三四五六七八九十百]+[ \t\u3000]*([編章節款目])(?:[ \t\u3000]*の[ \t\u3000]*[0-9０-９一二三四五六七八九十]+)*/
const levels = {編: 'part', 章: 'chapter', 節: 'section', 款: 'subsection', 目: 'division'} as const

export function divisionHead(text: string, contentStart: number): Shape | undefined {
  const bold = boldOpening(text.slice(contentStart))
  const start = contentStart + (bold?.length ?? 0)
  const content = text.slice(start, boldEnd(text, bold))
  const match = head.exec(content)
  if (!match) return undefined
  const closing = closingAt(content.slice(match[0].length), bold)
  const rest = content.slice(match[0].length + closing)
  const restStart = start + match[0].length + closing
  // 第二章の規定により…: a mention, not a heading
  if (rest !== '' && !/^[ \t\u3000]/.test(rest)) return undefined
  if (/。/.test(rest) || content.trimEnd().length > 60) return undefined
  const headEnd = start + match[0].length
  const title = rest.trim()
  const titleStart = title ? restStart + rest.indexOf(title) : headEnd
  return {
    kind: 'division',
    level: levels[match[1] as keyof typeof levels],
    num: headingNumber(match[0])!,
    head: {start, end: headEnd},
    title: title ? {start: titleStart, end: titleStart + title.length} : undefined,
    contentStart
  }
}
