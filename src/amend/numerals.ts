// Writing numbers the way the document writes them: 第十二条 in a statute-style text,
// 第12条 in a 約款 numbered in Arabic digits.
import type {Numerals} from './model.js'

const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 12 → 十二, 103 → 百三, 2024 → 二千二十四. */
function kanjiNumber(n: number): string {
  if (n === 0) return '〇'
  let out = ''
  const units: Array<[number, string]> = [
    [10000, '万'],
    [1000, '千'],
    [100, '百'],
    [10, '十']
  ]
  let rest = n
  for (const [value, unit] of units) {
    const q = Math.floor(rest / value)
    if (q > 0) {
      out += (q > 1 || value === 10000 ? (value === 10000 ? kanjiNumber(q) : digits[q]) : '') + unit
      rest -= q * value
    }
  }
  return out + (rest > 0 ? digits[rest] : '')
}

export const numberIn = (n: number, numerals: Numerals) => (numerals === 'kanji' ? kanjiNumber(n) : String(n))

/** "6-2" → 六条の二 parts: the main number and the branches, each written in the document's numerals. */
function branched(num: string, unit: string, numerals: Numerals): string {
  const [main, ...branches] = num.split('-').map(Number)
  return `第${numberIn(main, numerals)}${unit}${branches.map((b) => `の${numberIn(b, numerals)}`).join('')}`
}

export const articleName = (num: string, numerals: Numerals) => branched(num, '条', numerals)
export const paragraphName = (num: string, numerals: Numerals) => `第${numberIn(Number(num), numerals)}項`
export function itemName(num: string, numerals: Numerals): string {
  const [main, ...branches] = num.split('-').map(Number)
  return `第${numberIn(main, numerals)}号${branches.map((b) => `の${numberIn(b, numerals)}`).join('')}`
}
