// The effective terms as a Word document: each substitution underlined and shaded, with the
// original words and the 読替え表 row in a footnote; excluded clauses struck through with
// the reason beside them; overriding articles labelled. Portrait A4, Mincho body.
import {AlignmentType, Document, FootnoteReferenceRun, Paragraph, ShadingType, TextRun, UnderlineType} from 'docx'
import type {EffectiveDocument} from '../rewrite/index.js'
import {a4, defaultStyles, gothic, sizes, toDocxBytes} from './docx-style.js'
import {documentTitle, exclusionLabel, heading, overrideLabel, preamble, precedenceLines, noteWriter, precedenceTitle, sourceLine, type Lang} from './effective-labels.js'
import {layoutLines} from './effective-lines.js'

export async function renderEffectiveDocx(doc: EffectiveDocument, options: {lang: Lang}): Promise<Uint8Array> {
  const {lang} = options
  const note = noteWriter(doc, lang, (text) => text)
  const footnotes: Record<number, {children: Paragraph[]}> = {}
  const children: Paragraph[] = [
    new Paragraph({alignment: AlignmentType.CENTER, spacing: {after: 120}, children: [new TextRun({text: heading(doc, lang), font: gothic, bold: true, size: sizes.title})]}),
    ...preamble(doc, lang).map((line) => new Paragraph({children: [new TextRun(line)]})),
    headingParagraph(precedenceTitle(doc, lang)),
    ...precedenceLines(doc, lang).map((line, i) => new Paragraph({indent: {left: 210}, children: [new TextRun(`${i + 1}. ${line}`)]}))
  ]
  doc.documents.forEach((document, d) => {
    children.push(headingParagraph(`${d + 1}. ${documentTitle(document)}`), new Paragraph({children: [new TextRun({text: sourceLine(doc, d, lang), size: sizes.small, color: '555555'})]}))
    for (const line of layoutLines(document)) {
      if (line.blank) continue
      const runs: Array<TextRun | FootnoteReferenceRun> = []
      for (const piece of line.pieces) {
        if (piece.kind === 'text') runs.push(new TextRun({text: piece.text, strike: line.excluded}))
        else if (piece.kind === 'substitution') {
          const substitution = document.substitutions[piece.index]
          const id = Object.keys(footnotes).length + 1
          footnotes[id] = {children: [new Paragraph({children: [new TextRun({text: note(substitution.row, substitution.original), size: sizes.small})]})]}
          runs.push(
            new TextRun({text: piece.text, strike: line.excluded, underline: {type: UnderlineType.SINGLE}, shading: {type: ShadingType.CLEAR, fill: 'FFF2A8', color: 'auto'}}),
            new FootnoteReferenceRun(id)
          )
        }
      }
      for (const mark of line.labels) {
        const text = mark.kind === 'excluded' ? exclusionLabel(doc, doc.exclusions[mark.ref!], lang) : overrideLabel(doc, doc.overrides[mark.ref!], lang)
        runs.push(new TextRun({text, bold: true, font: gothic, color: mark.kind === 'excluded' ? 'B00000' : '0645AD'}))
      }
      children.push(new Paragraph({shading: line.overridden ? {type: ShadingType.CLEAR, fill: 'EEF4FF', color: 'auto'} : undefined, children: runs}))
    }
  })
  const document = new Document({
    styles: defaultStyles,
    title: heading(doc, lang),
    footnotes,
    sections: [{properties: {page: {size: {width: a4.short, height: a4.long}, margin: {top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin}}}, children}]
  })
  return toDocxBytes(document)
}

function headingParagraph(text: string): Paragraph {
  return new Paragraph({spacing: {before: 240, after: 120}, children: [new TextRun({text, font: gothic, bold: true, size: sizes.heading})]})
}
