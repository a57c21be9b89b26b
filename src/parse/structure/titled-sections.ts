// Sections headed by a number and a short title, each followed by its own text — `1. 取得する
// 情報`, `1 目的`, `１　目的`, `第1 目的` — as plain-text privacy policies and short terms are
// written. Alone such a line reads like a list entry, a paragraph number or text. The document
// tells: where nothing else heads articles or parts (no 第N条, no Markdown heading, no ■ line), a
// run 1, 2, 3 … of such titles, each followed by text rather than by the next entry of its list,
// and the first not announced as a list by the line right above it (次の情報を取得します：), heads
// sections — articles numbered as written. 第1 heads outrank the 1 titles inside them.
import {readNumeral} from '../normalize.js'
import type {Shape, Span} from '../classify/index.js'
import type {Line} from '../lines.js'

type ArticleShape = Extract<Shape, {kind: 'article'}>

interface Head {
  line: number
  /** 'dot' for `1.`, 'digit' for `1 `, 'dai' for `第1 ` */
  style: 'dot' | 'digit' | 'dai'
  num: number
  head: Span
  caption: Span
  contentStart: number
}

// 第1 目的 / 第一　総則: 第 and a number standing alone (not 第1条, 第1章), then a title
const daiHead = /^(第[ \t\u3000]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4}))[ \t\u3000]+(?=[^ \t\u3000])/
// a line that heads a part by a mark: ■ 利用目的, ● …, 【利用目的】
const markedHeading = /^[ \t\u3000]*(?:[■□●◆◇◎▼▽★☆]|【[^】]{1,30}】[ \t\u3000]*$)/
// a title: short, no sentence in it
const isTitle = (title: string) => title.length > 0 && title.length <= 30 && !/[。、，,：:]/.test(title)
// 次の情報を取得します。 / 以下のとおりです： — what comes next is a list
const announcesList = (text: string) => /[:：]$/.test(text) || (/。$/.test(text) && /(?:次|以下|下記)の/.test(text))

/** Turns a run of numbered titles, each followed by its text, into article shapes. */
export function markTitledSections(lines: Line[], shapes: Shape[]): void {
  if (shapes.some((shape) => (shape.kind === 'article' && shape.numbering !== 'section') || shape.kind === 'heading')) return
  // ■ 利用目的 / 【利用目的】: the document heads its parts otherwise, and numbered titles are lists within them
  if (lines.some((line) => markedHeading.test(line.text))) return
  const heads: Head[] = []
  for (let i = 0; i < shapes.length; i++) {
    const head = titledHead(lines[i].text, shapes[i], i)
    if (head && followedByText(lines, shapes, i, head.style)) heads.push(head)
  }
  // 第1 総則 over 1 目的: the outer numbering heads the sections
  const consecutive = (run: Head[]) => run.length >= 2 && run.every((head, k) => head.num === k + 1)
  for (const style of ['dai', 'dot', 'digit'] as const) {
    let run = heads.filter((head) => head.style === style)
    // a titled list inside a section (次の目的で利用します。 1. 本人確認 …) breaks the count; the
    // sections are then the titles set apart by a blank line above
    if (!consecutive(run)) run = run.filter((head) => head.line === 0 || shapes[head.line - 1].kind === 'blank')
    if (!consecutive(run)) continue
    const lead = leadOf(lines, shapes, run[0].line)
    if (lead !== undefined && announcesList(lead)) continue
    for (const head of run) {
      const article: ArticleShape = {kind: 'article', num: String(head.num), head: head.head, caption: head.caption, numbering: 'section', contentStart: head.contentStart}
      shapes[head.line] = article
    }
    return
  }
}

function titledHead(text: string, shape: Shape, line: number): Head | undefined {
  if (shape.kind === 'numbered' && shape.contentStart === 0 && shape.body) {
    const candidate = shape.candidates.find((c) => c.series === 'dot' || c.series === 'digit')
    const title = text.slice(shape.body.start, shape.body.end)
    if (!candidate || candidate.branch !== undefined || !isTitle(title)) return undefined
    return {line, style: candidate.series === 'dot' ? 'dot' : 'digit', num: candidate.num, head: shape.marker, caption: shape.body, contentStart: 0}
  }
  if (shape.kind !== 'body' || shape.contentStart !== 0) return undefined
  const match = daiHead.exec(text)
  if (!match) return undefined
  const end = text.trimEnd().length
  if (!isTitle(text.slice(match[0].length, end))) return undefined
  const num = readNumeral(match[1].slice(1).trim())
  if (num === undefined) return undefined
  return {line, style: 'dai', num, head: {start: 0, end: match[1].length}, caption: {start: match[0].length, end}, contentStart: 0}
}

/**
 * The next line with anything on it is text, not the next entry of the same list (nor the next
 * title of a table of contents). Under a 第1 head, the titles numbered 1, 2 … inside it are text.
 */
function followedByText(lines: Line[], shapes: Shape[], at: number, style: Head['style']): boolean {
  let next = at + 1
  while (next < shapes.length && shapes[next].kind === 'blank') next++
  const shape = shapes[next]
  if (shape === undefined) return false
  const inner = titledHead(lines[next].text, shape, next)
  if (style === 'dai') return inner === undefined || inner.style !== 'dai'
  if (shape.kind === 'body') return inner === undefined
  // (1) 氏名 under 1. 取得する情報 is the section's own list; 2. under 1. is the same list going on
  return shape.kind === 'numbered' && !shape.candidates.some((c) => c.series === 'dot' || c.series === 'digit')
}

/** The line right above the first title, with no blank line between: a preamble set apart is no lead. */
function leadOf(lines: Line[], shapes: Shape[], at: number): string | undefined {
  return at > 0 && shapes[at - 1].kind !== 'blank' ? lines[at - 1].text.trim() : undefined
}
