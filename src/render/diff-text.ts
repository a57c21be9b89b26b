// The diff as a summary for people: counts, then every change, highest severity first,
// with the clauses it is in (old → new, as cited and as ids) and the words that changed.
import {kindNames, severityNames} from '../diff/labels.js'
import {severities, type Change, type DiffResult} from '../diff/types.js'
import type {Lang} from '../parse/index.js'
import {versionText} from './taisho-md.js'

export function renderDiffText(result: DiffResult, lang: Lang = 'ja'): string {
  const out: string[] = []
  out.push(lang === 'ja' ? `新旧対照: ${versionText(result.old)} → ${versionText(result.new)}` : `compared: ${versionText(result.old)} → ${versionText(result.new)}`)
  if (result.changes.length === 0) {
    out.push(lang === 'ja' ? '変更はありません。' : 'no changes.')
    return out.join('\n') + '\n'
  }
  const counts = severities.map((s) =>
    lang === 'ja' ? `${severityNames[s].ja} ${result.summary[s]}件` : `${result.summary[s]} ${severityNames[s].en}`
  )
  out.push(lang === 'ja' ? `重要度別: ${counts.join('・')}` : `by severity: ${counts.join(', ')}`)
  for (const change of result.changes) out.push('', ...describe(change, lang))
  return out.join('\n') + '\n'
}

function describe(change: Change, lang: Lang): string[] {
  const none = lang === 'ja' ? '（なし）' : '(none)'
  const where = `${change.old?.clause[lang] || none} → ${change.new?.clause[lang] || none}`
  const lines = [`[${severityNames[change.severity][lang]}] ${kindNames[change.kind][lang]}  ${where}  ${change.label[lang]}`, `    ${change.old?.id ?? '-'} → ${change.new?.id ?? '-'}`]
  const quote = (words: string[] | undefined) => (words && words.length > 0 ? words.map((w) => `「${clip(w)}」`).join('') : '')
  const before = quote(change.old?.words)
  const after = quote(change.new?.words)
  if (before || after) lines.push(`    ${before || none} → ${after || none}`)
  return lines
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat
}
