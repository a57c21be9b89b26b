// 第1条 (サービスについて) / 第17条 （…） / 第一条　本文 / 第百三条の二 / 第七条ノ二 / 第 10 条 — the head of an article.
// In a Markdown heading (`## 第 1 条 定義`, `### 第1条　総則`) the words after the number are its caption.
import {headingNumber} from '../normalize.js'
import {boldOpening, closingAt} from './bold.js'
import type {Shape} from './shape.js'

const num = '[0-9０-９〇一二三四五六七八九十百千]+'
const one = `第[ \\t\\u3000]*${num}[ \\t\\u3000]*条(?:[ \\t\\u3000]*[のノ][ \\t\\u3000]*${num})*`
// 第十五条から第二十一条まで　削除 / 第十条及び第十一条　削除: one head for deleted articles
const head = new RegExp(`^(${one})(?:[ \\t\\u3000]*(?:から|ないし|及び|[～〜―－])[ \\t\\u3000]*(${one})(?:[ \\t\\u3000]*まで)?)?`)
// a caption right after the number; captions hold no sentence end, and may hold one bracket of
// their own (（反社会的勢力の排除（表明保証））); one left open at the line's end (（料金の, or （ alone)
// goes on on the next line, as a page break or a wrap leaves it; 【個人情報の取扱い】 is one too
const caption = /^[ \t\u3000]*(?:\*\*|__)?([（(](?:[^（）()。\n]|[（(][^（）()。\n]{0,30}[）)]){0,60}?(?:[）)]|(?=[ \t\u3000]*$))|【[^【】。\n]{1,60}】)(?:\*\*|__)?/
// a heading's caption written without brackets, possibly in bold
const bareCaption = /^[ \t\u3000]*(?:\*\*|__)?([^ \t\u3000*_。][^。\n]{0,59}?)(?:\*\*|__)?[ \t\u3000#]*$/

export function articleHead(text: string, contentStart: number): Shape | undefined {
  // **第1条（適用）** / __第1条 適用__: a head in bold, as Markdown 利用規約 often write it
  const bold = boldOpening(text.slice(contentStart))
  const start = contentStart + (bold?.length ?? 0)
  const content = text.slice(start)
  const match = head.exec(content)
  if (!match) return undefined
  const headEnd = start + match[0].length
  const closing = closingAt(content.slice(match[0].length), bold)
  let rest = content.slice(match[0].length + closing)
  const restStart = headEnd + closing
  let captionSpan
  // a caption without brackets only in a heading, or in bold after a space (not **第5条の規定…**)
  const bare = isHeading(text) || (bold !== undefined && /^[ \t\u3000]/.test(rest))
  const cap = caption.exec(rest) ?? (bare ? bareCaption.exec(rest) : null)
  if (cap && (cap[0] === rest || /^[ \t\u3000]/.test(rest) || /^[（(*_]/.test(rest))) {
    const capStart = restStart + rest.indexOf(cap[1])
    captionSpan = {start: capStart, end: capStart + cap[1].length}
    rest = rest.slice(cap[0].length)
  }
  // After the number (and caption) a heading has a space or ends; 第10条に基づき… is a mention.
  if (rest !== '' && !/^[ \t\u3000]/.test(rest)) return undefined
  const body = rest.trim()
  const bodyStart = text.length - rest.length + rest.indexOf(body)
  return {
    kind: 'article',
    num: headingNumber(match[1]),
    numEnd: match[2] ? headingNumber(match[2]) : undefined,
    head: {start, end: headEnd},
    caption: captionSpan,
    body: body ? {start: bodyStart, end: bodyStart + body.length} : undefined,
    contentStart
  }
}

/** A Markdown ATX heading: `## …`. */
export function isHeading(text: string): boolean {
  return /^[ \t]{0,3}#{1,6}[ \t]/.test(text)
}
