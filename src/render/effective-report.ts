// The rewrite report as sections of plain strings (a table of rows, then lists), which the
// Markdown and HTML writers format; the JSON writer gives the report model itself.
import type {EffectiveDocument} from '../rewrite/index.js'
import {clauseReferenceLabel, rowLabel} from '../terms/labels.js'
import {locationText, reportHeading, type Lang} from './effective-labels.js'
import {findingSections} from './effective-findings.js'

export interface ReportSection {
  level: 1 | 2
  title: string
  /** cells hold lines (a cell of locations has one per line) */
  table?: {head: string[]; rows: string[][][]; numeric: number[]}
  lines: string[]
}

export function reportSections(doc: EffectiveDocument, lang: Lang): ReportSection[] {
  const ja = lang === 'ja'
  const {report} = doc
  const none = ja ? 'なし' : 'none'
  const byIndex = new Map(report.rows.map((row) => [row.row.index, row.row]))
  const sections: ReportSection[] = [
    {
      level: 1,
      title: reportHeading(doc, lang),
      lines: [
        ja
          ? `読替え表：${report.table ? `${report.table.source}（${report.table.rows} 行）` : 'なし'}　読替え件数：${report.substitutions}`
          : `Reading table: ${report.table ? `${report.table.source} (${report.table.rows} rows)` : 'none'}; substitutions: ${report.substitutions}`
      ]
    },
    {
      level: 2,
      title: ja ? '読替え表の各行' : 'Rows of the reading table',
      table: {
        head: ja ? ['行', '読替え前', '読替え後', '件数', '箇所'] : ['Row', 'Upstream', 'Effective', 'Count', 'Where'],
        rows: report.rows.map((row) => [[rowLabel(row.row, lang)], [row.row.upstream], [row.row.effective], [String(row.count)], row.locations.map((location) => locationText(doc, location))]),
        numeric: [3]
      },
      lines: []
    }
  ]

  const unmatched: string[] = []
  for (const row of report.rows) {
    if (row.count > 0) continue
    const what = `${rowLabel(row.row, lang)}「${row.row.upstream}」`
    const {nearest} = row
    if (row.duplicateOf !== undefined) unmatched.push(ja ? `${what}：${row.duplicateOf} 番目の行と同じ名称です` : `${what}: same name as row #${row.duplicateOf}`)
    else if (row.kept > 0) unmatched.push(ja ? `${what}：すでに読替え後の表記です（${row.kept} 件）` : `${what}: already in its effective wording (${row.kept})`)
    else if (nearest) {
      const where = locationText(doc, nearest)
      unmatched.push(
        ja
          ? `${what}：最も近い記述は「${nearest.text}」（編集距離 ${nearest.distance}、${where}）`
          : `${what}: nearest text is “${nearest.text}” (edit distance ${nearest.distance}, ${where})`
      )
    } else unmatched.push(ja ? `${what}：近い記述も見つかりません` : `${what}: nothing similar found`)
  }
  sections.push({level: 2, title: ja ? '一度も当てはまらなかった行' : 'Rows that never matched', lines: unmatched.length > 0 ? unmatched : [none]})

  const overlaps: string[] = []
  for (const overlap of report.overlaps) {
    const [a, b] = overlap.rows.map((index) => byIndex.get(index)!)
    if (overlap.kind === 'left-contains') {
      overlaps.push(
        ja
          ? `${rowLabel(a, lang)}「${a.upstream}」は${rowLabel(b, lang)}「${b.upstream}」を含みます（長い方が優先）`
          : `${rowLabel(a, lang)} “${a.upstream}” contains ${rowLabel(b, lang)} “${b.upstream}” (the longer wins)`
      )
    } else {
      overlaps.push(
        ja
          ? `${rowLabel(a, lang)}の右欄「${a.effective}」は${a === b ? '' : `${rowLabel(b, lang)}の`}左欄「${b.upstream}」を含みます（読替え後の記述は再び読み替えません）`
          : `${rowLabel(a, lang)}'s right side “${a.effective}” contains ${a === b ? 'its' : `${rowLabel(b, lang)}'s`} left side “${b.upstream}” (effective wording is never read again)`
      )
    }
  }
  for (const row of report.rows) {
    for (const entry of row.shadowedBy) {
      const by = byIndex.get(entry.row)!
      overlaps.push(
        ja
          ? `${rowLabel(row.row, lang)}「${row.row.upstream}」の ${entry.count} 件は${rowLabel(by, lang)}の名称の一部として読み替えられました`
          : `${entry.count} occurrence(s) of ${rowLabel(row.row, lang)} “${row.row.upstream}” were read as part of ${rowLabel(by, lang)}`
      )
    }
  }
  sections.push({level: 2, title: ja ? '重なり合う行' : 'Overlapping rows', lines: overlaps.length > 0 ? overlaps : [none]})

  const exclusions = report.exclusions.map((exclusion) => {
    const {target, statedIn, reference} = exclusion
    const stated = statedIn ? (ja ? `${doc.service.self}${statedIn.label}` : `reseller's ${statedIn.label}`) : '--exclude'
    // a whole article has no text of its own (its sentences are its paragraphs'): no empty quote
    const into = exclusion.whole
      ? target
        ? `${doc.documents[target.document].path}${ja ? '（文書全体）' : ' (the whole document)'}`
        : ja
          ? '--upstream にない文書（読み替える対象外）'
          : 'a document not given with --upstream (nothing to rewrite)'
      : target
        ? `${doc.documents[target.document].path} ${target.clause}${target.text === '' ? '' : `「${target.text.slice(0, 40)}」`}`
        : '?'
    return `${clauseReferenceLabel(reference)}（${stated}）→ ${into}`
  })
  sections.push({level: 2, title: ja ? '適用除外' : 'Exclusions', lines: exclusions.length > 0 ? exclusions : [none]})

  const overrides = report.overrides.map((override) => {
    const path = doc.documents[override.document].path
    return ja
      ? `${path} ${override.label}（${override.caption}）← ${doc.service.self}${override.by.label}`
      : `${path} ${override.label} (${override.caption}) ← reseller's ${override.by.label}`
  })
  sections.push({level: 2, title: ja ? '優先して適用される条項' : 'Overriding articles', lines: overrides.length > 0 ? overrides : [none]})
  for (const section of findingSections(doc, lang)) sections.push(section)
  return sections
}
