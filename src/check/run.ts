// The runner: every rule that is on, over one parsed document, findings in document order.
import {collectReferences} from '../parse/references.js'
import type {Document} from '../parse/types.js'
import type {VFile} from 'vfile'
import {rules} from './registry.js'
import type {Finding, Lang, RuleContext, Setting, Upstream} from './types.js'

export interface CheckOptions {
  lang?: Lang
  /** severities by rule id, over the rules' own; 'off' skips a rule */
  rules?: Record<string, Setting>
  /** documents that external references and the 読替え表 point into */
  upstreams?: Upstream[]
}

/** Runs the rules over a document parsed by `parse` (its `file` carries the parser's diagnostics). */
export async function checkDocument(tree: Document, file: VFile, options: CheckOptions = {}): Promise<Finding[]> {
  const lang = options.lang ?? 'ja'
  const context: RuleContext = {tree, file, references: collectReferences(tree), upstreams: options.upstreams ?? []}
  const findings: Finding[] = []
  for (const rule of rules) {
    const severity = options.rules?.[rule.id] ?? rule.severity
    if (severity === 'off' || (rule.needsUpstream && context.upstreams.length === 0)) continue
    for (const report of await rule.check(context)) {
      findings.push({
        ruleId: rule.id,
        severity,
        message: report.message[lang],
        position: report.position,
        ...(report.clause !== undefined && {clause: report.clause})
      })
    }
  }
  return findings.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0) || a.ruleId.localeCompare(b.ruleId))
}
