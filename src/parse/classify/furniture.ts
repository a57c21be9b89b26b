// Page furniture (頁番号, 以下余白, a rule across the page) and tables of contents (目次): kept in the tree, never clauses.
import type {Shape} from './shape.js'

const footer = /^[ \t\u3000]*(?:[-－―‐][ \t\u3000]*[0-9０-９]+[ \t\u3000]*[-－―‐]|[0-9０-９]+[ \t\u3000]*[/／][ \t\u3000]*[0-9０-９]+|(?:page|p\.)[ \t]*[0-9]+(?:[ \t]*(?:of|\/)[ \t]*[0-9]+)?|[0-9０-９]+[ \t\u3000]*(?:ページ|頁))[ \t\u3000]*$/i
const endMark = /^[(（][ \t\u3000]*以[ \t\u3000]*下[ \t\u3000]*余[ \t\u3000]*白[ \t\u3000]*[)）]$|^以[ \t\u3000]*上$/
// dot leaders followed by a page number: 第1条 約款の適用 ………… 3
const leaders = /(?:[…‥]{2,}|[.．・･·]{4,}|[─━-]{4,})[ \t\u3000]*[0-9０-９]+[ \t\u3000]*$/
// 第一章　総則（第一条―第五条）: a heading that names its article range is a contents line
const rangeHeading = /^第[ \t\u3000]*[0-9０-９一二三四五六七八九十百]+[ \t\u3000]*[編章節款目].*[（(]第[^）)]*条[^）)]*[）)][ \t\u3000]*$/
const tocHead = /^目[ \t\u3000]*次$/
// a rule across the page: Markdown's thematic break (---, ***, ___) or a plain-text line of one stroke
const separator = /^[ \t]{0,3}([-*_=＝─━―])(?:[ \t]*\1){2,}[ \t]*$/

export function furniture(text: string, contentStart: number): Shape | undefined {
  if (footer.test(text)) return {kind: 'furniture', why: 'footer', contentStart: 0}
  const content = text.slice(contentStart).trimEnd()
  if (endMark.test(content)) return {kind: 'furniture', why: 'end-mark', contentStart}
  if (separator.test(text)) return {kind: 'furniture', why: 'separator', contentStart}
  if (tocHead.test(content)) return {kind: 'furniture', why: 'toc-head', contentStart}
  // Both contents shapes end in a digit or a closing bracket; test the cheap condition first.
  const last = content.charCodeAt(content.length - 1)
  if (((last >= 0x30 && last <= 0x39) || (last >= 0xff10 && last <= 0xff19)) && leaders.test(content)) return {kind: 'furniture', why: 'toc', contentStart}
  if ((last === 0xff09 || last === 0x29) && rangeHeading.test(content)) return {kind: 'furniture', why: 'toc', contentStart}
  return undefined
}

// 2025年（令和7年）3月5日改定 / 令和７年４月１日施行 / 2024.05.07 制定 / 制定日：2024年4月1日: a date line, furniture once the articles have begun
const date = /^[ \t\u3000]*(?:(?:制定|改定|改訂|改正|施行|最終改定|最終更新|更新|発効)日?[ \t\u3000]*[:：]?[ \t\u3000]*)?(?:(?:[0-9０-９]{4}|(?:令和|平成|昭和)[ \t\u3000]*[0-9０-９元一二三四五六七八九十]+)[ \t\u3000]*年(?:[ \t\u3000]*[（(][^）)]{1,12}[）)])?[ \t\u3000]*[0-9０-９一二三四五六七八九十]+[ \t\u3000]*月[ \t\u3000]*[0-9０-９一二三四五六七八九十]+[ \t\u3000]*日|[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2})[ \t\u3000]*(?:付け?|から)?[ \t\u3000]*(?:改定|改訂|改正|制定|施行|作成|更新|発効|実施|現在|版)?[ \t\u3000]*$/

export function isDateLine(content: string): boolean {
  return date.test(content)
}
