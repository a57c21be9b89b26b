// The effective terms as JSON: every substitution with its provenance (table row, original
// text, upstream and output positions), the marks, exclusions, overrides and the report.
import type {EffectiveDocument} from '../rewrite/index.js'

export function effectiveJson(doc: EffectiveDocument): object {
  return {
    service: doc.service,
    precedence: doc.precedence,
    documents: doc.documents.map((document) => ({
      path: document.path,
      meta: document.meta,
      title: document.title,
      substitutions: document.substitutions,
      excluded: document.marks.filter((mark) => mark.kind === 'excluded').map(({id, start, end, ref}) => ({clause: id, output: {start, end}, exclusion: ref})),
      overridden: document.marks.filter((mark) => mark.kind === 'overridden').map(({id, start, end, ref}) => ({article: id, output: {start, end}, override: ref})),
      output: document.output
    })),
    exclusions: doc.exclusions,
    overrides: doc.overrides,
    report: doc.report
  }
}

export function renderEffectiveJson(doc: EffectiveDocument): string {
  return JSON.stringify(effectiveJson(doc), null, 2) + '\n'
}

export function renderReportJson(doc: EffectiveDocument): string {
  return JSON.stringify({service: doc.service, ...doc.report}, null, 2) + '\n'
}
