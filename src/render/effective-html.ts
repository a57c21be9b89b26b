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
  sourceLine,
  substitutionNote,
  type Lang
} from './effective-labels.js'
import {layoutLines} from './effective-lines.js'
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
`

export function renderEffectiveHtml(doc: EffectiveDocument, options: {lang: Lang}): string {
  const {lang} = options
  const title = heading(doc, lang)
  const rowsByIndex = new Map(doc.report.rows.map((report) => [report.row.index, report.row]))
  const body: string[] = []
  body.push('<header>', `<h1>${escapeHtml(title)}</h1>`, ...preamble(doc, lang).map((line) => `<p>${escapeHtml(line)}</p>`))
  body.push(`<h3>${escapeHtml(precedenceTitle(doc, lang))}</h3>`, '<ol class="precedence">')
  for (const line of precedenceLines(doc, lang)) body.push(`<li>${escapeHtml(line)}</li>`)
  body.push('</ol>', '<nav><ul>')
  doc.documents.forEach((document, d) => body.push(`<li><a href="#d${d + 1}">${escapeHtml(documentTitle(document))}</a></li>`))
  body.push('</ul></nav>', '</header>')
  doc.documents.forEach((document, d) => {
    const prefix = `d${d + 1}`
    body.push(`<section id="${prefix}">`, `<h2>${d + 1}. ${escapeHtml(documentTitle(document))}</h2>`, `<p class="source">${escapeHtml(sourceLine(document, lang))}</p>`, '<div class="doc">')
    for (const line of layoutLines(document)) {
      const classes = ['line', line.blank ? 'blank' : '', line.excluded ? 'excluded' : '', line.overridden ? 'overridden' : ''].filter(Boolean).join(' ')
      let html = ''
      for (const piece of line.pieces) {
        if (piece.kind === 'text') html += escapeHtml(piece.text)
        else if (piece.kind === 'anchor') html += `<span id="${escapeHtml(`${prefix}-${piece.id}`)}"></span>`
        else {
          const substitution = document.substitutions[piece.index]
          const note = substitutionNote(rowsByIndex.get(substitution.row), substitution.original, lang)
          html += `<mark class="sub" title="${escapeHtml(note)}" data-row="${substitution.row}">${escapeHtml(piece.text)}</mark>`
        }
      }
      const labels = line.labels
        .map((mark) =>
          mark.kind === 'excluded'
            ? `<span class="label excluded-label">${escapeHtml(exclusionLabel(doc, doc.exclusions[mark.ref!], lang))}</span>`
            : `<span class="label overridden-label">${escapeHtml(overrideLabel(doc, doc.overrides[mark.ref!], lang))}</span>`
        )
        .join('')
      body.push(`<div class="${classes}"><span class="text">${html}</span>${labels}</div>`)
    }
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

/** The report as a page of its own. */
export function renderReportHtml(doc: EffectiveDocument, lang: Lang): string {
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
