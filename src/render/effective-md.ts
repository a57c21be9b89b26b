// The effective terms and the rewrite report as Markdown (GFM): excluded clauses struck,
// labels in bold, each substitution followed by a footnote giving the original wording
// (or no markers at all with `plain`).
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

export interface EffectiveMarkdownOptions {
  lang: Lang
  /** no substitution markers or footnotes */
  plain?: boolean
}

export function renderEffectiveMarkdown(doc: EffectiveDocument, options: EffectiveMarkdownOptions): string {
  const {lang, plain = false} = options
  const out: string[] = [`# ${heading(doc, lang)}`, '', ...preamble(doc, lang).flatMap((line) => [line, '']), `## ${precedenceTitle(doc, lang)}`, '']
  precedenceLines(doc, lang).forEach((line, index) => out.push(`${index + 1}. ${line}`))
  out.push('')
  const footnotes: string[] = []
  const rowsByIndex = new Map(doc.report.rows.map((report) => [report.row.index, report.row]))
  doc.documents.forEach((document, d) => {
    out.push('---', '', `## ${d + 1}. ${documentTitle(document)}`, '', `> ${sourceLine(document, lang)}`, '')
    for (const line of layoutLines(document)) {
      if (line.blank) {
        out.push('')
        continue
      }
      let text = ''
      for (const piece of line.pieces) {
        if (piece.kind === 'text') text += piece.text
        else if (piece.kind === 'substitution') {
          text += piece.text
          if (plain) continue
          const substitution = document.substitutions[piece.index]
          const label = `${d + 1}-${piece.index + 1}`
          text += `[^${label}]`
          footnotes.push(`[^${label}]: ${substitutionNote(rowsByIndex.get(substitution.row), substitution.original, lang)}`)
        }
      }
      if (line.excluded) text = strike(text)
      const labels = line.labels.map((mark) =>
        mark.kind === 'excluded' ? exclusionLabel(doc, doc.exclusions[mark.ref!], lang) : overrideLabel(doc, doc.overrides[mark.ref!], lang)
      )
      out.push(labels.length > 0 ? `${text} ${labels.map((label) => `**${label}**`).join(' ')}` : text)
    }
    out.push('')
  })
  // One push per note: spreading 100,000 notes into one call overflows the stack.
  if (footnotes.length > 0) {
    out.push('---', '')
    for (const note of footnotes) out.push(note)
    out.push('')
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n')
}

/** ~~text~~, keeping indentation and a list bullet outside the strike. */
function strike(text: string): string {
  const [, lead, body] = /^(\s*(?:[-*+]\s+)?)(.*?)\s*$/.exec(text)!
  return body === '' ? text : `${lead}~~${body}~~`
}

export function renderReportMarkdown(doc: EffectiveDocument, lang: Lang): string {
  const cell = (lines: string[]) => lines.map((line) => line.replace(/\|/g, '\\|')).join('<br>')
  const out: string[] = []
  for (const section of reportSections(doc, lang)) {
    out.push(`${section.level === 1 ? '#' : '##'} ${section.title}`, '')
    if (section.table) {
      const {head, rows, numeric} = section.table
      out.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join('|')}|`)
      for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`)
    }
    for (const line of section.lines) out.push(section.level === 1 ? line : `- ${line}`)
    out.push('')
  }
  return out.join('\n')
}
