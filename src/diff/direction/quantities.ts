// The size of a number the classifier found (2 ヶ月前, 3か月前, 前日, 1,500円, 14.6%), in
// common units so that two versions compare: periods in days, amounts in yen, rates in
// percent. The qualifier says which way a period runs: before an event (前), or within or
// after it (以内, 後, 経過, or none).
import {compact, readNumeral} from '../../parse/normalize.js'
import {monthAfter} from '../editorial.js'

export interface Quantity {
  measure: 'time' | 'amount' | 'rate' | 'count'
  value: number
  /** 'before': a deadline counted back from an event (3か月前, 前日); 'within': a time allowed */
  way: 'before' | 'within'
}

const days: Record<string, number> = {年: 365, 年間: 365, 年度: 365, か月: 30, 週間: 7, 日: 1, 日間: 1, 営業日: 1, 時間: 1 / 24, 分: 1 / 1440, 分間: 1 / 1440, 秒: 1 / 86400}
const named: Record<string, Quantity> = {
  前日: {measure: 'time', value: 1, way: 'before'},
  前月: {measure: 'time', value: 30, way: 'before'},
  当日: {measure: 'time', value: 0, way: 'before'},
  前々月: {measure: 'time', value: 60, way: 'before'},
  当月: {measure: 'time', value: 0, way: 'within'},
  // 毎月末日まで against 毎月20日まで: the day of the month, the last one about the 30th
  月末: {measure: 'time', value: 30, way: 'within'},
  末日: {measure: 'time', value: 30, way: 'within'},
  翌日: {measure: 'time', value: 1, way: 'within'},
  翌営業日: {measure: 'time', value: 1, way: 'within'},
  翌月: {measure: 'time', value: 30, way: 'within'},
  翌々月: {measure: 'time', value: 60, way: 'within'},
  直ちに: {measure: 'time', value: 0, way: 'within'},
  速やかに: {measure: 'time', value: 0.5, way: 'within'},
  遅滞なく: {measure: 'time', value: 0.5, way: 'within'}
}

const statuteMonth = new RegExp(`^([〇一二三四五六七八九十]+)月(?=${monthAfter})`)

/** The quantity a numeric word states, or undefined when it is not one (a date, a bare word). */
export function quantityOf(word: string): Quantity | undefined {
  // 一月前 / 三月以内: a statute's months, written without か (十二月 alone is December, a date)
  const text = compact(word)
    .replace(/ヶ|ケ|カ|ヵ|箇/g, 'か')
    .replace(/,/g, '')
    .replace(statuteMonth, '$1か月')
  if (named[text]) return named[text]
  if (/^[0-9〇一二三四五六七八九十元]+年[0-9〇一二三四五六七八九十]+月/.test(text)) return undefined
  const m = /^([0-9.]+|[〇一二三四五六七八九十百千万]+)(か月|年間|年度|年|週間|日間|営業日|日|時間|分間|分|秒|万円|円|%|パーセント|割|回|件|名|人|倍|通)(前|後|以内|以上|以下|未満|超|経過)?/.exec(text)
  if (!m) return undefined
  const number = /^[0-9.]+$/.test(m[1]) ? Number(m[1]) : readNumeral(m[1])
  if (number === undefined || Number.isNaN(number)) return undefined
  const unit = m[2]
  const way = m[3] === '前' ? 'before' : 'within'
  if (unit in days) return {measure: 'time', value: number * days[unit], way}
  if (unit === '円') return {measure: 'amount', value: number, way}
  if (unit === '万円') return {measure: 'amount', value: number * 10000, way}
  if (unit === '%' || unit === 'パーセント') return {measure: 'rate', value: number, way}
  if (unit === '割') return {measure: 'rate', value: number * 10, way}
  return {measure: 'count', value: number, way}
}

/** The one quantity of each side of a numeric change, when both sides state one of the same measure. */
export function compared(olds: string[], news: string[]): {old?: Quantity; new?: Quantity} | undefined {
  const a = olds.map(quantityOf).filter((q) => q !== undefined)
  const b = news.map(quantityOf).filter((q) => q !== undefined)
  if (a.length > 1 || b.length > 1 || a.length + b.length === 0) return undefined
  if (a[0] && b[0] && (a[0].measure !== b[0].measure || a[0].way !== b[0].way)) return undefined
  return {old: a[0], new: b[0]}
}
