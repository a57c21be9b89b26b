// The effective terms and the rewrite report as Markdown (GFM): excluded clauses struck,
// labels in bold, each substitution followed by a footnote giving the original wording
// (or no markers at all with `plain`). What the documents and the table say is escaped, so
// that only yakkan writes HTML, links, emphasis and strikethrough (a `~~` in a document
// must not look like an exclusion); the report's cells stay one cell each.
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
import {isSpaceCode, layoutLines} from './effective-lines.js'
import {markdownLines} from './markdown-lines.js'
import {reportSections} from './effective-report.js'
import {escapeCell, escapeInline} from './markdown-escape.js'

export interface EffectiveMarkdownOptions {
  lang: Lang
  /** no substitution markers or footnotes */
  plain?: boolean
}

export function renderEffectiveMarkdown(doc: EffectiveDocument, options: EffectiveMarkdownOptions): string {
  const {lang, plain = false} = options
  const out = markdownLines()
  const push = (...lines: string[]) => lines.forEach((line) => out.add(line))
  push(`# ${escapeInline(heading(doc, lang))}`, '', ...preamble(doc, lang).flatMap((line) => [escapeInline(line), '']), `## ${escapeInline(precedenceTitle(doc, lang))}`, '')
  precedenceLines(doc, lang).forEach((line, index) => out.add(`${index + 1}. ${escapeInline(line)}`))
  out.add('')
  const footnotes: string[] = []
  const note = noteWriter(doc, lang, (text) => escapeInline(oneLine(text)))
  doc.documents.forEach((document, d) => {
    push('---', '', `## ${d + 1}. ${escapeInline(documentTitle(document))}`, '', `> ${escapeInline(sourceLine(doc, d, lang))}`, '')
    for (const line of layoutLines(document)) {
      if (line.blank) {
        out.add('')
        continue
      }
      let text = ''
      for (const piece of line.pieces) {
        if (piece.kind === 'text') text += text === '' ? escapeLineStart(piece.text) : escapeInline(piece.text)
        else if (piece.kind === 'substitution') {
          text += escapeInline(piece.text)
          if (plain) continue
          const substitution = document.substitutions[piece.index]
          const label = `${d + 1}-${piece.index + 1}`
          text += `[^${label}]`
          footnotes.push(`[^${label}]: ${note(substitution.row, substitution.original)}`)
        }
      }
      if (line.excluded) text = strike(text)
      const labels = line.labels.map((mark) =>
        mark.kind === 'excluded' ? exclusionLabel(doc, doc.exclusions[mark.ref!], lang) : overrideLabel(doc, doc.overrides[mark.ref!], lang)
      )
      out.add(labels.length > 0 ? `${text} ${labels.map((label) => `**${escapeInline(label)}**`).join(' ')}` : text)
    }
    out.add('')
  })
  // One call per note: spreading 100,000 notes into one call overflows the stack.
  if (footnotes.length > 0) {
    push('---', '')
    for (const note of footnotes) out.add(note)
    out.add('')
  }
  return out.text()
}

/** The start of a line: a `* ` bullet stays a bullet, the rest is text. */
function escapeLineStart(text: string): string {
  const first = text.charCodeAt(0)
  if (first !== 0x2a && !isSpaceCode(first)) return escapeInline(text)
  const [, bullet, rest] = /^(\s*\*\s+)?([^]*)$/.exec(text)!
  return (bullet ?? '') + escapeInline(rest)
}

/** ~~text~~, keeping indentation and a list bullet outside the strike. */
function strike(text: string): string {
  const [, lead, body] = /^(\s*(?:[-*+]\s+)?)(.*?)\s*$/.exec(text)!
  return body === '' ? text : `${lead}~~${body}~~`
}

export function renderReportMarkdown(doc: EffectiveDocument, options: {lang: Lang}): string {
  const {lang} = options
  // A line break inside a cell (a CSV cell may hold one) is a <br>, never the end of the row.
  const cell = (lines: string[]) =>
    lines
      .flatMap((line) => line.split(/\r\n?|\n/))
      .map(escapeCell)
      .join('<br>')
  const out: string[] = []
  for (const section of reportSections(doc, lang)) {
    out.push(`${section.level === 1 ? '#' : '##'} ${escapeInline(oneLine(section.title))}`, '')
    if (section.table) {
      const {head, rows, numeric} = section.table
      out.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join('|')}|`)
      for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`)
    }
    for (const line of section.lines.map((text) => escapeInline(oneLine(text)))) out.push(section.level === 1 ? line : `- ${line}`)
    out.push('')
  }
  return out.join('\n')
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}
