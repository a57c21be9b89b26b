// The report's later sections: the document names the reseller defines, what its
// exclusions leave behind (dangling), and warnings. Plain strings, like effective-report.ts.
import type {EffectiveDocument} from '../rewrite/index.js'
import {clauseReferenceLabel} from '../terms/labels.js'
import type {Lang} from './effective-labels.js'
import type {ReportSection} from './effective-report.js'

export function findingSections(doc: EffectiveDocument, lang: Lang): ReportSection[] {
  const ja = lang === 'ja'
  const {report} = doc
  const none = ja ? 'なし' : 'none'
  const path = (document: number) => doc.documents[document]?.path ?? '?'
  const names = report.names.map((entry) => {
    const documents = entry.documents.map(path).join(ja ? '、' : ', ') || '?'
    return ja ? `「${entry.name}」（${doc.service.self}${entry.statedIn}で定義）→ ${documents}` : `“${entry.name}” (defined in the reseller's ${entry.statedIn}) → ${documents}`
  })
  const dangling = report.dangling.map((entry) => {
    const exclusion = report.exclusions[entry.exclusion]
    const where = `${path(entry.document)}:${entry.line}:${entry.column}${entry.clause ? ` ${entry.clause}` : ''}`
    const what = clauseReferenceLabel(exclusion.reference)
    if (entry.kind === 'reference') {
      return ja ? `${where}：参照「${entry.text}」は適用除外の ${what} を指しています` : `${where}: the reference “${entry.text}” cites the excluded ${what}`
    }
    return ja ? `${where}：適用除外の ${what} の「${entry.text}」がここにも書かれています` : `${where}: “${entry.text}”, excluded by ${what}, is still named here`
  })
  return [
    {level: 2, title: ja ? '定義された文書名' : 'Defined document names', lines: names.length > 0 ? names : [none]},
    {level: 2, title: ja ? '適用除外の後に残る記述（要確認）' : 'Left behind by exclusions (to review)', lines: dangling.length > 0 ? dangling : [none]},
    ...(report.warnings.length > 0 ? [{level: 2 as const, title: ja ? '警告' : 'Warnings', lines: report.warnings.map((warning) => warning[lang])}] : [])
  ]
}
