// The 新旧対照表 as a Word document in its customary form: A4 landscape, the changes against
// the customer (不利益変更の候補) and those to review first, then the summary, then a two-column table (改正後 | 改正前 by default, --columns to swap) whose header row
// repeats on every page, changed words underlined (傍線), and （新設）（削る）（略） as notes.
import {AlignmentType, Document, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, UnderlineType, WidthType} from 'docx'
import {directionSummary} from '../diff/direction/summary.js'
import {kindNames, severityNames} from '../diff/labels.js'
import {taishoRows, type TaishoLine, type TaishoRow} from '../diff/taisho.js'
import {severities, type Change, type DiffResult} from '../diff/types.js'
import type {Lang} from '../parse/index.js'
import {a4, cellBorders, defaultStyles, gothic, sizes, toDocxBytes} from './docx-style.js'
import {quoted, taishoWords, versionText, where, type TaishoRenderOptions} from './taisho-md.js'

export async function renderTaishoDocx(result: DiffResult, options: TaishoRenderOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'ja'
  const words = taishoWords[lang]
  const rows = taishoRows(result, {full: options.full, lang})
  const newFirst = (options.columns ?? 'new-old') === 'new-old'
  const header = newFirst ? [words.after, words.before] : [words.before, words.after]
  const width = a4.long - 2 * a4.margin
  const children: Array<Paragraph | Table> = [
    new Paragraph({alignment: AlignmentType.CENTER, spacing: {after: 120}, children: [new TextRun({text: words.title, font: gothic, bold: true, size: sizes.title})]}),
    plain(`${words.before}: ${versionText(result.old)}`),
    plain(`${words.after}: ${versionText(result.new)}`),
    plain(severities.map((s) => `${severityNames[s][lang]} ${words.count(result.summary[s])}`).join(lang === 'ja' ? '・' : ', ')),
    ...directionTables(result, lang, width),
    ...summary(rows, lang, width),
    new Paragraph({alignment: AlignmentType.RIGHT, spacing: {before: 240}, children: [new TextRun({text: words.note, size: sizes.small})]}),
    new Table({
      width: {size: width, type: WidthType.DXA},
      columnWidths: [width / 2, width / 2],
      rows: [
        new TableRow({tableHeader: true, children: header.map((text) => cell([centered(text)], width / 2))}),
        ...rows.map((row) => {
          const cells = newFirst ? [row.after, row.before] : [row.before, row.after]
          return new TableRow({cantSplit: false, children: cells.map((lines) => cell(lines.map(lineParagraph), width / 2))})
        })
      ]
    })
  ]
  const document = new Document({
    styles: defaultStyles,
    title: words.title,
    sections: [{properties: {page: {size: {width: a4.short, height: a4.long, orientation: PageOrientation.LANDSCAPE}, margin: margins()}}, children}]
  })
  return toDocxBytes(document)
}

/** The changes against the customer, then those no rule reads, as in the Markdown and HTML: where, old words, new words, why. */
function directionTables(result: DiffResult, lang: Lang, width: number): Array<Paragraph | Table> {
  if (result.changes.length === 0) return []
  const words = taishoWords[lang]
  const {adverse, unclear} = directionSummary(result)
  const head = [words.clause, words.before, words.after, words.reason]
  const widths = [width * 0.18, width * 0.25, width * 0.25, width * 0.32]
  const table = (title: string, changes: Change[]): Array<Paragraph | Table> => [
    heading(title),
    new Table({
      width: {size: width, type: WidthType.DXA},
      columnWidths: widths,
      rows: [
        new TableRow({tableHeader: true, children: head.map((text, i) => cell([centered(text)], widths[i]))}),
        ...changes.map(
          (change) =>
            new TableRow({
              children: [where(change, lang), quoted(change.old?.words), quoted(change.new?.words), change.reason[lang]].map((text, i) => cell([plain(text)], widths[i]))
            })
        )
      ]
    })
  ]
  const out = adverse.length > 0 ? table(words.adverse, adverse) : [heading(words.adverse), plain(words.noAdverse)]
  if (unclear.length > 0) out.push(...table(words.unclear, unclear))
  out.push(new Paragraph({spacing: {before: 120}, children: [new TextRun({text: words.disclaimer, size: sizes.small})]}))
  return out
}

/** The changed rows first, as in the HTML: where, severity, and what changed. */
function summary(rows: TaishoRow[], lang: Lang, width: number): Array<Paragraph | Table> {
  const words = taishoWords[lang]
  const changed = rows.filter((row) => row.changes.length > 0)
  if (changed.length === 0) return [plain(words.none)]
  const head = lang === 'ja' ? ['条項', '重要度', '変更'] : ['Provision', 'Severity', 'Changes']
  const widths = [width * 0.25, width * 0.1, width * 0.65]
  return [
    heading(words.changes),
    new Table({
      width: {size: width, type: WidthType.DXA},
      columnWidths: widths,
      rows: [
        new TableRow({tableHeader: true, children: head.map((text, i) => cell([centered(text)], widths[i]))}),
        ...changed.map(
          (row) =>
            new TableRow({
              children: [
                cell([plain(row.title)], widths[0]),
                cell([centered(severityNames[row.severity!][lang])], widths[1]),
                cell(
                  row.changes.map((c) => {
                    const where = [c.old?.clause[lang], c.new?.clause[lang]].map((x) => x || '—').join(' → ')
                    return plain(`［${severityNames[c.severity][lang]}］${kindNames[c.kind][lang]}: ${c.label[lang]}（${where}）`)
                  }),
                  widths[2]
                )
              ]
            })
        )
      ]
    })
  ]
}

/** One line of a column: indented by depth, changed segments underlined. */
function lineParagraph(line: TaishoLine): Paragraph {
  return new Paragraph({
    indent: {left: Math.max(0, line.depth - 1) * 210},
    children: line.segments.map((segment) => new TextRun({text: segment.text, ...(segment.changed && {underline: {type: UnderlineType.SINGLE}})}))
  })
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({width: {size: width, type: WidthType.DXA}, borders: cellBorders, margins: {top: 60, bottom: 60, left: 100, right: 100}, children})
}

const heading = (text: string) => new Paragraph({spacing: {before: 240, after: 120}, children: [new TextRun({text, font: gothic, bold: true, size: sizes.heading})]})
const plain = (text: string) => new Paragraph({children: [new TextRun(text)]})
const centered = (text: string) => new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({text, font: gothic})]})
const margins = () => ({top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin})
