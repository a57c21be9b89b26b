// The 新旧対照表 as GitHub-flavoured markdown: a two-column table (改正後 | 改正前 by
// default), changed words underlined with <u>, unchanged clauses folded into （略）.
// Every string from the documents is escaped, for markdown and for the HTML it may become.
import {directionSummary} from '../diff/direction/summary.js'
import {directionNames, kindNames, severityNames} from '../diff/labels.js'
import {taishoRows, type TaishoLine} from '../diff/taisho.js'
import {severities, type Change, type DiffResult, type VersionInfo} from '../diff/types.js'
import type {Lang} from '../parse/index.js'
import {chunked, endLines} from './chunks.js'

export type Columns = 'new-old' | 'old-new'

export interface TaishoRenderOptions {
  columns?: Columns
  full?: boolean
  lang?: Lang
}

export const taishoWords = {
  ja: {
    title: '新旧対照表',
    after: '改正後',
    before: '改正前',
    note: '（傍線部分は改正部分）',
    changes: '主な変更',
    none: '変更はありません。',
    count: (n: number) => `${n}件`,
    adverse: '契約者に不利な変更（不利益変更の候補）',
    noAdverse: '規則で契約者に不利と読める変更はありません。',
    unclear: '方向を判定できない変更（要確認）',
    disclaimer: '※ 方向は規則による目安で、確認すべき箇所を示すものです。法的助言ではありません。',
    clause: '条項',
    reason: '理由',
    direction: '方向'
  },
  en: {
    title: 'Comparison of old and new provisions (新旧対照表)',
    after: 'Amended',
    before: 'Current',
    note: '(underlined: the amended parts)',
    changes: 'Main changes',
    none: 'No changes.',
    count: (n: number) => String(n),
    adverse: 'Changes against the customer (possible 不利益変更)',
    noAdverse: 'No change reads as against the customer by the rules.',
    unclear: 'Changes whose direction no rule reads (review)',
    disclaimer: 'Directions are rule-based flags for review, not legal advice.',
    clause: 'Provision',
    reason: 'Reason',
    direction: 'Direction'
  }
}

/** How a version is named in a heading: its version date and path. */
export function versionText(info: VersionInfo): string {
  return [info.version, info.path].filter((part) => part !== undefined && part !== '').join(' ・ ') || '—'
}

export function renderTaishoMarkdown(result: DiffResult, options: TaishoRenderOptions = {}): string {
  return [...taishoMarkdownChunks(result, options)].join('')
}

/** The same markdown in chunks, for a writer that streams them. */
export function taishoMarkdownChunks(result: DiffResult, options: TaishoRenderOptions = {}): Generator<string> {
  return chunked(endLines(markdownLines(result, options)))
}

function* markdownLines(result: DiffResult, options: TaishoRenderOptions): Generator<string> {
  const lang = options.lang ?? 'ja'
  const words = taishoWords[lang]
  const rows = taishoRows(result, {full: options.full, lang})
  const newFirst = (options.columns ?? 'new-old') === 'new-old'
  yield* [`# ${words.title}`, '']
  yield `- ${words.before}: ${escapeMarkdown(versionText(result.old))}`
  yield `- ${words.after}: ${escapeMarkdown(versionText(result.new))}`
  const counts = severities.map((s) => `${severityNames[s][lang]} ${words.count(result.summary[s])}`)
  yield* [`- ${counts.join(lang === 'ja' ? '・' : ', ')}`, '']
  const {adverse, unclear} = directionSummary(result)
  if (result.changes.length > 0) {
    yield* [`## ${words.adverse}`, '']
    if (adverse.length === 0) yield* [words.noAdverse, '']
    else {
      // A list, not a table: the document has one table, the 新旧対照表.
      for (const change of adverse) {
        yield `- **${escapeMarkdown(where(change, lang))}**: ${escapeMarkdown(quoted(change.old?.words))} → ${escapeMarkdown(quoted(change.new?.words))} — ${escapeMarkdown(change.reason[lang])}`
      }
      yield ''
    }
    if (unclear.length > 0) {
      yield* [`### ${words.unclear}`, '']
      for (const change of unclear) yield `- ${escapeMarkdown(where(change, lang))}: ${escapeMarkdown(change.label[lang])} — ${escapeMarkdown(change.reason[lang])}`
      yield ''
    }
    yield* [words.disclaimer, '']
  }
  const major = result.changes.filter((c) => c.severity !== 'low')
  if (major.length > 0) {
    yield* [`## ${words.changes}`, '']
    for (const change of major) {
      const where = [change.old?.clause[lang], change.new?.clause[lang]].map((c) => c || '—').join(' → ')
      yield `- **[${severityNames[change.severity][lang]}]** ${escapeMarkdown(where)}: ${escapeMarkdown(kindNames[change.kind][lang])} — ${escapeMarkdown(change.label[lang])}（${escapeMarkdown(directionNames[change.direction][lang])}）`
    }
    yield ''
  } else if (result.changes.length === 0) {
    yield* [words.none, '']
  }
  yield* [words.note, '']
  const header = newFirst ? [words.after, words.before] : [words.before, words.after]
  yield* [`| ${header.join(' | ')} |`, '| --- | --- |']
  for (const row of rows) {
    const cells = newFirst ? [row.after, row.before] : [row.before, row.after]
    yield `| ${cells.map(cell).join(' | ')} |`
  }
}

/** Where a change is: the clause, or old clause → new clause when they differ (（新設） and （削る） for one side). */
export function where(change: Change, lang: Lang): string {
  const [a, b] = [change.old?.clause[lang], change.new?.clause[lang]]
  if (a && b) return a === b ? a : `${a} → ${b}`
  const notes = lang === 'ja' ? {added: '（新設）', removed: '（削る）'} : {added: '(new)', removed: '(deleted)'}
  return a ? `${a} ${notes.removed}` : `${b} ${notes.added}`
}

/** The changed words of one side, quoted, or — for none. */
export function quoted(words: string[] | undefined): string {
  if (!words || words.length === 0) return '—'
  return words.map((w) => `「${w.replace(/\s+/g, ' ').slice(0, 80)}${w.length > 80 ? '…' : ''}」`).join('')
}

function cell(lines: TaishoLine[]): string {
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
