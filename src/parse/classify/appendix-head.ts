// 別記 / 別紙 / 別表第一（第二条関係） / 別表第1の2 / 附　則 / 様式第1号: the head of an appendix.
import {readNumeral} from '../normalize.js'
import {boldEnd, boldOpening} from './bold.js'
import type {AppendixKind} from '../types.js'
import type {Shape} from './shape.js'

// 別表第1の2 / 別表第一の二: a branch number after の
const head = /^(別[ \t\u3000]*記|別[ \t\u3000]*紙|別[ \t\u3000]*表|附[ \t\u3000]*則|付[ \t\u3000]*則|様[ \t\u3000]*式)(?:[ \t\u3000]*第?[ \t\u3000]*([0-9０-９]+|[一二三四五六七八九十]+)(?:の([0-9０-９]+|[一二三四五六七八九十]+))?[ \t\u3000]*号?)?/
// a sentence that merely mentions an appendix: 別表に掲げる…
const mention = /^(?:に|の|を|で|と|は|が|から|及び|又は|並びに|中|記載|参照|による|に定め)/

export function appendixHead(text: string, contentStart: number): Shape | undefined {
  const bold = boldOpening(text.slice(contentStart))
  const start = contentStart + (bold?.length ?? 0)
  const end = boldEnd(text, bold)
  const content = text.slice(start, end)
  const match = head.exec(content)
  if (!match) return undefined
  const rest = content.slice(match[0].length)
  const restTrim = rest.replace(/^[ \t\u3000]+/, '')
  if (mention.test(restTrim) || /。/.test(rest) || content.trimEnd().length > 60) return undefined
  // A title is bracketed, numbered or a short noun phrase; a line that goes on as a sentence is not a head.
  if (restTrim && !/^[（(【［\[「第]/.test(restTrim) && /[をはがにでて]|する|ほか/.test(restTrim)) return undefined
  const kindText = match[1].replace(/[ \t\u3000]/g, '')
  const appendixKind = (kindText === '付則' ? '附則' : kindText) as AppendixKind
  const headEnd = start + match[0].length
  const titleStart = headEnd + (rest.length - restTrim.length)
  const titleEnd = start + content.trimEnd().length
  return {
    kind: 'appendix',
    appendixKind,
    num: match[2] ? readNumeral(match[2]) : undefined,
    ...(match[3] !== undefined && {branch: readNumeral(match[3])}),
    head: {start, end: headEnd},
    title: titleEnd > titleStart ? {start: titleStart, end: titleEnd} : undefined,
    contentStart
  }
}
