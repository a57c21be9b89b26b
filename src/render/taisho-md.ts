// The 新旧対照表 as GitHub-flavoured markdown: a two-column table (改正後 | 改正前 by
// default), changed words underlined with <u>, unchanged clauses folded into （略）.
// Every string from the documents is escaped, for markdown and for the HTML it may become.
import {kindNames, severityNames} from '../diff/labels.js'
import {taishoRows, type Line} from '../diff/taisho.js'
import {severities, type DiffResult, type VersionInfo} from '../diff/types.js'
import type {Lang} from '../parse/index.js'

export type Columns = 'new-old' | 'old-new'

export interface TaishoRenderOptions {
  columns?: Columns
  full?: boolean
  lang?: Lang
}

export const taishoWords = {
  ja: {title: '新旧対照表', after: '改正後', before: '改正前', note: '（傍線部分は改正部分）', changes: '主な変更', none: '変更はありません。', count: (n: number) => `${n}件`},
  en: {title: 'Comparison of old and new provisions (新旧対照表)', after: 'Amended', before: 'Current', note: '(underlined: the amended parts)', changes: 'Main changes', none: 'No changes.', count: (n: number) => String(n)}
}

/** How a version is named in a heading: its version date and path. */
export function versionText(info: VersionInfo): string {
  return [info.version, info.path].filter((part) => part !== undefined && part !== '').join(' ・ ') || '—'
}

export function renderTaishoMarkdown(result: DiffResult, options: TaishoRenderOptions = {}): string {
  const lang = options.lang ?? 'ja'
  const words = taishoWords[lang]
  const rows = taishoRows(result, {full: options.full, lang})
  const newFirst = (options.columns ?? 'new-old') === 'new-old'
  const out: string[] = [`# ${words.title}`, '']
  out.push(`- ${words.before}: ${escapeMarkdown(versionText(result.old))}`)
  out.push(`- ${words.after}: ${escapeMarkdown(versionText(result.new))}`)
  const counts = severities.map((s) => `${severityNames[s][lang]} ${words.count(result.summary[s])}`)
  out.push(`- ${counts.join(lang === 'ja' ? '・' : ', ')}`, '')
  const major = result.changes.filter((c) => c.severity !== 'low')
  if (major.length > 0) {
    out.push(`## ${words.changes}`, '')
    for (const change of major) {
      const where = [change.old?.clause[lang], change.new?.clause[lang]].map((c) => c || '—').join(' → ')
      out.push(`- **[${severityNames[change.severity][lang]}]** ${escapeMarkdown(where)}: ${escapeMarkdown(kindNames[change.kind][lang])} — ${escapeMarkdown(change.label[lang])}`)
    }
    out.push('')
  } else if (result.changes.length === 0) {
    out.push(words.none, '')
  }
  out.push(words.note, '')
  const header = newFirst ? [words.after, words.before] : [words.before, words.after]
  out.push(`| ${header.join(' | ')} |`, '| --- | --- |')
  for (const row of rows) {
    const cells = newFirst ? [row.after, row.before] : [row.before, row.after]
    out.push(`| ${cells.map(cell).join(' | ')} |`)
  }
  return out.join('\n') + '\n'
}

function cell(lines: Line[]): string {
  return lines
    .map((line) => {
      // Notes (（略）, （新設）, （削る）) are the writer's own words, not the documents'.
      const text = line.note ? line.segments.map((s) => s.text).join('') : line.segments.map((s) => (s.changed ? `<u>${escapeMarkdown(s.text)}</u>` : escapeMarkdown(s.text))).join('')
      return '　'.repeat(line.depth > 0 ? line.depth - 1 : 0) + text
    })
    .join('<br>')
}

/** Text that renders as itself in a GFM table cell, whether read as markdown or as HTML. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]{}()#+\-.!|~]/g, (ch) => `\\${ch}`)
}
