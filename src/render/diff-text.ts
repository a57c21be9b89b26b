// The diff as a summary for people: counts, the changes that may disadvantage the customer
// (不利益変更の候補) and those no rule could read, then every change, highest severity first,
// with the clauses it is in (old → new, as cited and as ids), the words that changed and
// whom the change favours.
import {directionSummary} from '../diff/direction/summary.js'
import {directionNames, kindNames, severityNames} from '../diff/labels.js'
import {directions, severities, type Change, type DiffResult} from '../diff/types.js'
import type {Lang} from '../parse/index.js'
import {chunked, endLines} from './chunks.js'
import {taishoWords, versionText, where} from './taisho-md.js'

export interface DiffTextOptions {
  lang?: Lang
}

export function renderDiffText(result: DiffResult, options: DiffTextOptions = {}): string {
  return [...diffTextChunks(result, options)].join('')
}

/** The same text in chunks, for a writer that streams them. */
export function diffTextChunks(result: DiffResult, options: DiffTextOptions = {}): Generator<string> {
  return chunked(endLines(textLines(result, options.lang ?? 'ja')))
}

function* textLines(result: DiffResult, lang: Lang): Generator<string> {
  const words = taishoWords[lang]
  yield lang === 'ja' ? `新旧対照: ${versionText(result.old)} → ${versionText(result.new)}` : `compared: ${versionText(result.old)} → ${versionText(result.new)}`
  if (result.changes.length === 0) {
    yield lang === 'ja' ? '変更はありません。' : 'no changes.'
    return
  }
  const counts = severities.map((s) =>
    lang === 'ja' ? `${severityNames[s].ja} ${result.summary[s]}件` : `${result.summary[s]} ${severityNames[s].en}`
  )
  yield lang === 'ja' ? `重要度別: ${counts.join('・')}` : `by severity: ${counts.join(', ')}`
  const byDirection = directions.map((d) => (lang === 'ja' ? `${directionNames[d].ja} ${result.directions[d]}件` : `${result.directions[d]} ${directionNames[d].en}`))
  yield lang === 'ja' ? `方向別: ${byDirection.join('・')}` : `by direction: ${byDirection.join(', ')}`
  const {adverse, unclear} = directionSummary(result)
  yield ''
  yield `${words.adverse}: ${words.count(adverse.length)}`
  if (adverse.length === 0) yield `  ${words.noAdverse}`
  for (const change of adverse) yield* brief(change, lang)
  if (unclear.length > 0) {
    yield ''
    yield `${words.unclear}: ${words.count(unclear.length)}`
    for (const change of unclear) yield* brief(change, lang)
  }
  yield `  ${words.disclaimer}`
  for (const change of result.changes) {
    yield ''
    yield* describe(change, lang)
  }
}

const none = (lang: Lang) => (lang === 'ja' ? '（なし）' : '(none)')
const quote = (words: string[] | undefined) => (words && words.length > 0 ? words.map((w) => `「${clip(w)}」`).join('') : '')

/** Two lines of the direction summary: where and why, then the old and new words. */
function brief(change: Change, lang: Lang): string[] {
  return [`- ${where(change, lang)}  ${change.reason[lang]}`, `    ${quote(change.old?.words) || none(lang)} → ${quote(change.new?.words) || none(lang)}`]
}

function describe(change: Change, lang: Lang): string[] {
  const where = `${change.old?.clause[lang] || none(lang)} → ${change.new?.clause[lang] || none(lang)}`
  const lines = [`[${severityNames[change.severity][lang]}] ${kindNames[change.kind][lang]}  ${where}  ${change.label[lang]}`, `    ${change.old?.id ?? '-'} → ${change.new?.id ?? '-'}`]
  const before = quote(change.old?.words)
  const after = quote(change.new?.words)
  if (before || after) lines.push(`    ${before || none(lang)} → ${after || none(lang)}`)
  if (change.places) lines.push(`    ${change.places.map((p) => p.new.clause[lang]).join(lang === 'ja' ? '、' : ', ')}`)
  lines.push(`    ${lang === 'ja' ? '方向' : 'direction'}: ${directionNames[change.direction][lang]} — ${change.reason[lang]}`)
  return lines
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat
}
