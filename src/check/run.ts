// The runner: every rule that is on, over one parsed document; each files its findings on
// the document's vfile, and the runner marks each with its rule's severity (vfile's `fatal`)
// and puts them in document order.
import {collectReferences} from '../parse/references.js'
import type {Document} from '../parse/types.js'
import type {VFile} from 'vfile'
import {findingSource, positionOf, reporter} from './findings.js'
import {rules} from './registry.js'
import type {Finding, Lang, Setting, ParsedDocument} from './types.js'

export interface CheckOptions {
  lang?: Lang
  /** severities by rule id, over the rules' own; 'off' skips a rule */
  rules?: Record<string, Setting>
  /** documents that external references and the 読替え表 point into */
  upstreams?: ParsedDocument[]
}

/**
 * Runs the rules over a document parsed by `parse` (its `file` carries the parser's
 * diagnostics) and returns the findings they filed on `file`; a second run replaces the first's.
 */
export async function checkDocument(tree: Document, file: VFile, options: CheckOptions = {}): Promise<Finding[]> {
  const lang = options.lang ?? 'ja'
  file.messages = file.messages.filter((message) => message.source !== findingSource)
  const start = file.messages.length
  const context = {tree, file, lang, references: collectReferences(tree), upstreams: options.upstreams ?? []}
  for (const rule of rules) {
    const severity = options.rules?.[rule.id] ?? rule.severity
    if (severity === 'off' || (rule.needsUpstream && context.upstreams.length === 0)) continue
    const before = file.messages.length
    await rule.check({...context, report: reporter(context, rule.id)})
    for (let at = before; at < file.messages.length; at++) file.messages[at].fatal = severity === 'error'
  }
  const findings = file.messages.splice(start).sort((a, b) => (positionOf(a).start.offset ?? 0) - (positionOf(b).start.offset ?? 0) || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
  file.messages.push(...findings)
  return findings
}
