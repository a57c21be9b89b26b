// The effective terms as one self-contained HTML page: substituted wording highlighted with
// the original on hover, excluded clauses struck, overriding articles labelled, every clause
// anchored by its id. Every string from a document is escaped; nothing is loaded from outside.
import type {EffectiveDocument} from '../rewrite/index.js'
import {
  documentTitle,
  exclusionLabel,
  heading,
  overrideLabel,
  preamble,
  precedenceLines,
  precedenceTitle,
  noteWriter,
  sourceLine,
  type Lang
} from './effective-labels.js'
import {layoutLines, type Piece} from './effective-lines.js'
import {reportSections} from './effective-report.js'
import {escapeHtml} from './html.js'

const style = `
body{font-family:"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;line-height:1.7;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
header{border-bottom:2px solid #444;margin-bottom:1.5rem}
h2{margin-top:2.5rem;border-left:6px solid #446;padding-left:.5rem}
.source{color:#555;font-size:.9rem}
.doc .line{white-space:pre-wrap;min-height:1.7em}
.doc .line.blank{min-height:.6em}
mark.sub{background:#fff2a8;border-bottom:1px dotted #a80;cursor:help}
.excluded .text{text-decoration:line-through;color:#888}
.overridden{background:#eef4ff}
.label{font-weight:bold;margin-left:.5em;text-decoration:none;display:inline-block}
.label.excluded-label{color:#b00}
.label.overridden-label{color:#0645ad}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;vertical-align:top}td.num{text-align:right}
.doc .head{font-weight:bold;margin-top:1.1em}
.doc .k-chapter.head,.doc .k-appendix.head{font-size:1.15em;margin-top:1.6em}
.doc .k-section.head{font-size:1.05em}
.doc .k-paragraph{padding-left:1em;text-indent:-1em}
.doc .k-item{padding-left:2.5em;text-indent:-1.5em}
.doc .k-subitem{padding-left:3.5em;text-indent:-1em}
.doc table.terms{margin:.4em 0 .6em 2.5em}
.doc table.terms tr:first-child td{font-weight:bold;background:#f3f3f3}
.doc table.terms tr.excluded td{text-decoration:line-through;color:#888}
`

export function renderEffectiveHtml(doc: EffectiveDocument, options: {lang: Lang}): string {
  const {lang} = options
  const title = heading(doc, lang)
  const note = noteWriter(doc, lang, escapeHtml)
  const body: string[] = []
  body.push('<header>', `<h1>${escapeHtml(title)}</h1>`, ...preamble(doc, lang).map((line) => `<p>${escapeHtml(line)}</p>`))
  body.push(`<h3>${escapeHtml(precedenceTitle(doc, lang))}</h3>`, '<ol class="precedence">')
  for (const line of precedenceLines(doc, lang)) body.push(`<li>${escapeHtml(line)}</li>`)
  body.push('</ol>', '<nav><ul>')
  doc.documents.forEach((document, d) => body.push(`<li><a href="#d${d + 1}">${escapeHtml(documentTitle(document))}</a></li>`))
  body.push('</ul></nav>', '</header>')
  doc.documents.forEach((document, d) => {
    const prefix = `d${d + 1}`
    body.push(`<section id="${prefix}">`, `<h2>${d + 1}. ${escapeHtml(documentTitle(document))}</h2>`, `<p class="source">${escapeHtml(sourceLine(doc, d, lang))}</p>`, '<div class="doc">')
    let table: string[] | undefined
    const flush = () => {
      if (!table) return
      body.push('<table class="terms">')
      for (const row of table) body.push(row)
      body.push('</table>')
      table = undefined
    }
    for (const line of layoutLines(document)) {
      const labels = line.labels
        .map((mark) =>
          mark.kind === 'excluded'
            ? `<span class="label excluded-label">${escapeHtml(exclusionLabel(doc, doc.exclusions[mark.ref!], lang))}</span>`
            : `<span class="label overridden-label">${escapeHtml(overrideLabel(doc, doc.overrides[mark.ref!], lang))}</span>`
        )
        .join('')
      const piece = (item: Piece) => {
        if (item.kind === 'text') return escapeHtml(item.text)
        if (item.kind === 'anchor') return `<span id="${escapeHtml(`${prefix}-${item.id}`)}"></span>`
        const substitution = document.substitutions[item.index]
        return `<mark class="sub" title="${note(substitution.row, substitution.original)}" data-row="${substitution.row}">${escapeHtml(item.text)}</mark>`
      }
      if (line.clause?.type === 'tableRow' && !line.blank) {
        const cells = tableCells(line.pieces)
        if (cells === undefined) continue
        table ??= []
        const html = cells.map((cell) => cell.map(piece).join(''))
        html[html.length - 1] += labels
        table.push(`<tr${line.excluded ? ' class="excluded"' : ''}>${html.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
        continue
      }
      flush()
      const kind = line.clause?.type
      const head = kind === 'article' || kind === 'chapter' || kind === 'section' || (kind === 'appendix' && line.opens)
      const classes = ['line', line.blank ? 'blank' : '', kind ? `k-${kind}` : '', head && !line.blank ? 'head' : '', line.excluded ? 'excluded' : '', line.overridden ? 'overridden' : '']
        .filter(Boolean)
        .join(' ')
      body.push(`<div class="${classes}"><span class="text">${line.pieces.map(piece).join('')}</span>${labels}</div>`)
    }
    flush()
    body.push('</div>', '</section>')
  })
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/**
 * The cells of a table row: its pieces cut at tabs, or at the bars of a `| a | b |` row;
 * undefined for a `|---|---|` rule, which draws nothing.
 */
function tableCells(pieces: Piece[]): Piece[][] | undefined {
  const plain = pieces.map((item) => (item.kind === 'anchor' ? '' : item.text)).join('')
  if (/^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/.test(plain)) return undefined
  const bar = !plain.includes('\t') && /^\s*\|.*\|\s*$/.test(plain)
  const separator = bar ? '|' : '\t'
  const cells: Piece[][] = [[]]
  for (const item of pieces) {
    if (item.kind !== 'text') {
      cells[cells.length - 1].push(item)
      continue
    }
    item.text.split(separator).forEach((part, index) => {
      if (index > 0) cells.push([])
      if (part !== '') cells[cells.length - 1].push({kind: 'text', text: part})
    })
  }
  if (bar) {
    // The bars at either end open and close the row; they hold no cell.
    const empty = (cell: Piece[]) => cell.every((item) => item.kind === 'anchor' || item.text.trim() === '')
    if (cells.length > 1 && empty(cells[0])) cells[1].unshift(...cells.shift()!)
    if (cells.length > 1 && empty(cells[cells.length - 1])) cells[cells.length - 2].push(...cells.pop()!)
  }
  return cells
}

/** The report as a page of its own. */
export function renderReportHtml(doc: EffectiveDocument, options: {lang: Lang}): string {
  const {lang} = options
  const sections = reportSections(doc, lang)
  const body: string[] = []
  for (const section of sections) {
    body.push(section.level === 1 ? `<h1>${escapeHtml(section.title)}</h1>` : `<h2>${escapeHtml(section.title)}</h2>`)
    if (section.table) {
      const {head, rows, numeric} = section.table
      body.push('<table>', `<tr>${head.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr>`)
      for (const row of rows) {
        const cells = row.map((lines, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${lines.map(escapeHtml).join('<br>')}</td>`)
        body.push(`<tr>${cells.join('')}</tr>`)
      }
      body.push('</table>')
    }
    if (section.level === 1) body.push(...section.lines.map((line) => `<p>${escapeHtml(line)}</p>`))
    else if (section.lines.length > 0) body.push('<ul>', ...section.lines.map((line) => `<li>${escapeHtml(line)}</li>`), '</ul>')
  }
  const title = sections[0].title
  return ['<!DOCTYPE html>', `<html lang="${lang}">`, '<head>', '<meta charset="utf-8">', `<title>${escapeHtml(title)}</title>`, `<style>${style}</style>`, '</head>', '<body>', ...body, '</body>', '</html>', ''].join('\n')
}
