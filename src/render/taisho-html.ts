// The 新旧対照表 as one self-contained HTML file: no scripts, no external resources (a
// content security policy forbids them too), every document string escaped. A summary
// table with severity badges links to each article's row.
import {escapeHtml} from './html.js'
import {directionSummary} from '../diff/direction/summary.js'
import {directionNames, kindNames, severityNames} from '../diff/labels.js'
import {taishoRows, type TaishoLine, type TaishoRow} from '../diff/taisho.js'
import {severities, type Change, type DiffResult, type ChangeSeverity} from '../diff/types.js'
import type {Lang} from '../parse/index.js'
import {chunked, endLines} from './chunks.js'
import {quoted, taishoWords, versionText, where, type TaishoRenderOptions} from './taisho-md.js'

const style = `
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; margin: 2rem; color: #1b1b1b; line-height: 1.7; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.versions, .counts { margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: .4rem .6rem; vertical-align: top; text-align: left; }
th { background: #eee; white-space: nowrap; }
table.taisho td { width: 50%; }
table.summary td.where { white-space: nowrap; }
.line { white-space: pre-wrap; }
.depth-1 { padding-left: 0; } .depth-2 { padding-left: 1em; } .depth-3 { padding-left: 2em; } .depth-4 { padding-left: 3em; }
.note { color: #555; }
u { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; background: #fff6c8; }
.badge { display: inline-block; min-width: 1.6em; padding: 0 .4em; border-radius: .8em; font-size: .85em; font-weight: bold; text-align: center; color: #fff; }
.badge.high { background: #c62828; } .badge.medium { background: #ef6c00; } .badge.low { background: #78909c; }
tr.folded td { color: #555; text-align: center; }
.direction { display: inline-block; padding: 0 .4em; border-radius: .3em; font-size: .85em; border: 1px solid currentColor; }
.direction.favours-provider { color: #b71c1c; background: #fdecea; } .direction.favours-customer { color: #1b5e20; background: #e8f5e9; }
.direction.unclear { color: #6d4c00; background: #fff8e1; } .direction.neutral { color: #555; }
table.adverse td.words { width: 22%; } p.disclaimer { font-size: .9em; color: #555; }
.row-head { font-size: .85em; color: #555; margin-bottom: .2rem; }
ul.changes { margin: 0; padding-left: 1.2em; }
p.header-note { text-align: right; margin: 1rem 0 .3rem; }
`

export function renderTaishoHtml(result: DiffResult, options: TaishoRenderOptions = {}): string {
  return [...taishoHtmlChunks(result, options)].join('')
}

/** The same HTML in chunks, for a writer that streams them. */
export function taishoHtmlChunks(result: DiffResult, options: TaishoRenderOptions = {}): Generator<string> {
  return chunked(endLines(htmlLines(result, options)))
}

function* htmlLines(result: DiffResult, options: TaishoRenderOptions): Generator<string> {
  const lang = options.lang ?? 'ja'
  const words = taishoWords[lang]
  const rows = taishoRows(result, {full: options.full, lang})
  const newFirst = (options.columns ?? 'new-old') === 'new-old'
  const header = newFirst ? [words.after, words.before] : [words.before, words.after]
  yield* [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(words.title)} ${escapeHtml(result.new.version ?? '')}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(words.title)}</h1>`,
    `<p class="versions">${escapeHtml(words.before)}: ${escapeHtml(versionText(result.old))}<br>${escapeHtml(words.after)}: ${escapeHtml(versionText(result.new))}</p>`,
    `<p class="counts">${severities.map((s) => `${badge(s, lang)} ${escapeHtml(words.count(result.summary[s]))}`).join('　')}</p>`
  ]
  yield* directionTables(result, rows, lang)
  yield* summary(rows, lang)
  yield `<p class="header-note">${escapeHtml(words.note)}</p>`
  yield* ['<table class="taisho">', `<thead><tr><th>${escapeHtml(header[0])}</th><th>${escapeHtml(header[1])}</th></tr></thead>`, '<tbody>']
  for (const row of rows) {
    const cells = newFirst ? [row.after, row.before] : [row.before, row.after]
    const kinds = [...new Set(row.changes.map((c) => kindNames[c.kind][lang]))].join(lang === 'ja' ? '・' : ', ')
    const head = row.severity ? `<div class="row-head">${badge(row.severity, lang)} ${escapeHtml(kinds)}</div>` : ''
    const classes = [row.folded ? 'folded' : 'changed', row.severity ?? ''].filter(Boolean).join(' ')
    yield `<tr id="${escapeHtml(anchor(row))}" class="${classes}"><td>${head}${lines(cells[0])}</td><td>${lines(cells[1])}</td></tr>`
  }
  yield* ['</tbody>', '</table>', '</body>', '</html>']
}

const anchor = (row: TaishoRow) => `row-${row.id}`

/** The changes against the customer, then those no rule reads: each row links to its clause's row of the 新旧対照表. */
function directionTables(result: DiffResult, rows: TaishoRow[], lang: Lang): string[] {
  const words = taishoWords[lang]
  const rowOf = new Map<Change, TaishoRow>()
  for (const row of rows) for (const change of row.changes) rowOf.set(change, row)
  const {adverse, unclear} = directionSummary(result)
  const table = (id: string, title: string, changes: Change[], empty?: string): string[] => {
    const out = [`<h2 id="${id}">${escapeHtml(title)}</h2>`]
    if (changes.length === 0) return [...out, `<p>${escapeHtml(empty ?? '')}</p>`]
    const head = [words.clause, severityHead[lang], words.before, words.after, words.reason]
    out.push(`<table class="adverse" id="${id}-table">`, `<thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`, '<tbody>')
    for (const change of changes) {
      const row = rowOf.get(change)
      const place = escapeHtml(where(change, lang))
      const link = row ? `<a href="#${escapeHtml(anchor(row))}">${place}</a>` : place
      out.push(
        `<tr class="${change.direction}"><td class="where">${link}</td><td>${badge(change.severity, lang)}</td><td class="words">${escapeHtml(quoted(change.old?.words))}</td><td class="words">${escapeHtml(quoted(change.new?.words))}</td><td>${directionBadge(change, lang)} ${escapeHtml(change.reason[lang])}</td></tr>`
      )
    }
    out.push('</tbody>', '</table>')
    return out
  }
  if (result.changes.length === 0) return []
  const out = table('adverse', words.adverse, adverse, words.noAdverse)
  if (unclear.length > 0) out.push(...table('unclear', words.unclear, unclear))
  out.push(`<p class="disclaimer">${escapeHtml(words.disclaimer)}</p>`)
  return out
}

const severityHead = {ja: '重要度', en: 'Severity'}

function directionBadge(change: Change, lang: Lang): string {
  return `<span class="direction ${change.direction}">${escapeHtml(directionNames[change.direction][lang])}</span>`
}

function summary(rows: TaishoRow[], lang: Lang): string[] {
  const changed = rows.filter((row) => row.changes.length > 0)
  const words = taishoWords[lang]
  if (changed.length === 0) return [`<p>${escapeHtml(words.none)}</p>`]
  const head = lang === 'ja' ? ['条項', '重要度', '変更'] : ['Provision', 'Severity', 'Changes']
  const out = [`<h2>${escapeHtml(words.changes)}</h2>`, '<table class="summary">', `<thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`, '<tbody>']
  for (const row of changed) {
    const items = row.changes.map((c) => {
      const where = [c.old?.clause[lang], c.new?.clause[lang]].map((x) => x || '—').join(' → ')
      return `<li>${badge(c.severity, lang)} ${escapeHtml(kindNames[c.kind][lang])}: ${escapeHtml(c.label[lang])} ${directionBadge(c, lang)} <span class="note">${escapeHtml(where)}</span></li>`
    })
    out.push(
      `<tr><td class="where"><a href="#${escapeHtml(anchor(row))}">${escapeHtml(row.title)}</a></td><td>${badge(row.severity!, lang)}</td><td><ul class="changes">${items.join('')}</ul></td></tr>`
    )
  }
  out.push('</tbody>', '</table>')
  return out
}

function badge(severity: ChangeSeverity, lang: Lang): string {
  return `<span class="badge ${severity}">${escapeHtml(severityNames[severity][lang])}</span>`
}

function lines(list: TaishoLine[]): string {
  return list
    .map((line) => {
      const text = line.segments.map((s) => (s.changed ? `<u>${escapeHtml(s.text)}</u>` : escapeHtml(s.text))).join('')
      return `<div class="line depth-${Math.min(line.depth, 4)}${line.note ? ' note' : ''}">${text}</div>`
    })
    .join('')
}
