// A line that starts with a 項 or 号 number: 2　/ ② / (1) / （１） / 一　/ イ　/ 1. / (a) / (i).
// Which one it is (paragraph, item, sub-item, or a wrapped line that merely starts with a
// number) is for the builder to decide from the numbering in force; this only reads the marker.
import {readLabel, readNumeral} from '../normalize.js'
import type {Candidate, Shape} from './shape.js'

const patterns: Array<[RegExp, (m: RegExpExecArray) => Candidate[]]> = [
  [/^[(（][ \t]*([0-9０-９]{1,3})[ \t]*[)）]/, (m) => [{series: 'paren', num: readNumeral(m[1])!}]],
  [/^([\u2474-\u2487])/, (m) => [{series: 'paren', num: readNumeral(m[1])!}]],
  [/^[(（]([一二三四五六七八九十]{1,3})[)）]/, (m) => [{series: 'paren-kanji', num: readNumeral(m[1])!}]],
  [/^[(（](i{1,3}|iv|vi{0,3}|ix|x)[)）]/, (m) => [{series: 'roman', num: readLabel(m[1], 'roman')!}, ...latin(m[1])]],
  [/^[(（]([a-zａ-ｚ])[)）]/, (m) => latin(m[1])],
  [/^[(（]([ア-ン])[)）]/, (m) => kana(m[1], 'paren-iroha', 'paren-aiueo')],
  [/^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])/, (m) => [{series: 'circled', num: readNumeral(m[1])!}]],
  [/^([0-9０-９]{1,3})[)）]/, (m) => [{series: 'halfparen', num: readNumeral(m[1])!}]],
  [/^([0-9０-９]{1,3})[.．](?=[^0-9０-９])/, (m) => [{series: 'dot', num: readNumeral(m[1])!}]],
  [/^([0-9０-９]{1,3})[ \t\u3000]+(?=\S)/, (m) => [{series: 'digit', num: readNumeral(m[1])!}]],
  [/^([一二三四五六七八九十百]{1,4})(?:の([一二三四五六七八九十]{1,3}))?[ \t\u3000]+(?=\S)/, (m) => [m[2] ? {series: 'kanji', num: readNumeral(m[1])!, branch: readNumeral(m[2])} : {series: 'kanji', num: readNumeral(m[1])!}]],
  [/^([ア-ン])[ \t\u3000]+(?=\S)/, (m) => kana(m[1], 'iroha', 'aiueo')],
  [/^([a-z])[.](?=[ \t\u3000])/, (m) => latin(m[1])]
]

function latin(label: string): Candidate[] {
  // Stryker disable next-line StringLiteral: readLabel reads any series it is not told of as latin
  const num = readLabel(label, 'latin')
  return num === undefined ? [] : [{series: 'latin', num}]
}

function kana(label: string, iroha: 'iroha' | 'paren-iroha', aiueo: 'aiueo' | 'paren-aiueo'): Candidate[] {
  const out: Candidate[] = []
  const i = readLabel(label, 'iroha')
  const a = readLabel(label, 'aiueo')
  if (i !== undefined) out.push({series: iroha, num: i})
  if (a !== undefined) out.push({series: aiueo, num: a})
  return out
}

// every marker above starts with one of these
// Stryker disable next-line Regex: a shortcut only; every pattern above is anchored itself
const firstChar = /^[(（\u2460-\u2487\u2776-\u277f\u3251-\u325f\u32b1-\u32bf0-9０-９一二三四五六七八九十百ア-ンa-z]/

export function numbered(text: string, contentStart: number): Shape | undefined {
  const content = text.slice(contentStart)
  // Stryker disable next-line ConditionalExpression: a shortcut only; no pattern matches what it skips
  if (!firstChar.test(content)) return undefined
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(content)
    if (!match) continue
    const candidates = read(match)
    if (candidates.length === 0) continue
    const markerEnd = contentStart + match[0].replace(/[ \t\u3000]+$/, '').length
    const rest = text.slice(markerEnd)
    const body = rest.trim()
    const bodyStart = markerEnd + rest.indexOf(body)
    return {
      kind: 'numbered',
      marker: {start: contentStart, end: markerEnd},
      candidates,
      body: body ? {start: bodyStart, end: bodyStart + body.length} : undefined,
      contentStart
    }
  }
  return undefined
}
