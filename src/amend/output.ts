// The amendment as people and programs read it: text (one sentence a line, new clauses
// indented below their sentence), Markdown (the block lines quoted), and JSON.
import type {Lang} from '../parse/messages.js'
import type {Amendment} from './generate.js'
import type {Difference} from './model.js'

export {amendmentText as renderAmendmentText} from './generate.js'

export function renderAmendmentMarkdown(amendment: Amendment, title = '改め文'): string {
  const lines = [`# ${title}`, '']
  for (const sentence of amendment.sentences) {
    lines.push(sentence.text, '')
    if (sentence.block) lines.push(...sentence.block.map((line) => `> 　${line}`), '')
  }
  return lines.join('\n')
}

export interface AmendmentJsonInfo {
  old?: string
  new?: string
}

export function renderAmendmentJson(amendment: Amendment, info: AmendmentJsonInfo = {}): string {
  const sentences = amendment.sentences.map((s) => ({text: s.text, ...(s.block ? {block: s.block} : {}), touches: s.touches}))
  return JSON.stringify({old: info.old, new: info.new, numerals: amendment.numerals, sentences}, null, 2) + '\n'
}

const whatNames: Record<Difference['what'], {ja: string; en: string}> = {
  missing: {ja: '条項がありません', en: 'clause missing'},
  extra: {ja: '余分な条項があります', en: 'extra clause'},
  number: {ja: '番号が異なります', en: 'number differs'},
  caption: {ja: '見出しが異なります', en: 'caption differs'},
  text: {ja: '本文が異なります', en: 'text differs'},
  kind: {ja: '条項の種類が異なります', en: 'kind of clause differs'}
}

/** One line per place where the amended old version differs from the new one. */
export function renderDifferences(differences: Difference[], lang: Lang): string {
  if (differences.length === 0) return lang === 'ja' ? '改め文は新版と一致します\n' : 'the amendment reproduces the new version\n'
  const arrow = (d: Difference) => {
    if (d.expected === undefined && d.actual === undefined) return ''
    const [expected, actual] = excerpts(d.expected ?? '', d.actual ?? '')
    return `: ${lang === 'ja' ? '新版' : 'new'}「${expected}」 / ${lang === 'ja' ? '適用結果' : 'result'}「${actual}」`
  }
  return differences.map((d) => `${d.path}  ${whatNames[d.what][lang]}${arrow(d)}`).join('\n') + '\n'
}

/** The stretch where two texts part, with a few characters around it, on one line. */
function excerpts(a: string, b: string): [string, string] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  const context = 10
  const cut = (s: string) => (start > context ? '…' : '') + s.slice(Math.max(0, start - context), s.length - Math.max(0, end - context)) + (end > context ? '…' : '')
  return [cut(a), cut(b)].map((s) => s.replace(/\n/g, '↵')) as [string, string]
}
