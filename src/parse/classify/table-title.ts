// 第1表 特定協定事業者約款中の表記の読替え — the title line of a numbered table.
import {readNumeral} from '../normalize.js'
import type {Shape} from './shape.js'

const head = /^第[ \t\u3000]*([0-9０-９]+|[一二三四五六七八九十]+)[ \t\u3000]*表(?=$|[ \t\u3000（(【])/

export function tableTitle(text: string, contentStart: number): Shape | undefined {
  const content = text.slice(contentStart)
  const match = head.exec(content)
  if (!match || /。/.test(content) || content.trimEnd().length > 80) return undefined
  const headEnd = contentStart + match[0].length
  const rest = content.slice(match[0].length)
  const title = rest.trim()
  const titleStart = title ? headEnd + rest.indexOf(title) : headEnd
  return {
    kind: 'tableTitle',
    num: readNumeral(match[1])!,
    head: {start: contentStart, end: headEnd},
    title: title ? {start: titleStart, end: titleStart + title.length} : undefined,
    contentStart
  }
}
