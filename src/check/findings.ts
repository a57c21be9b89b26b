// Reading a finding (a vfile message a rule filed) for the writers: its severity, its span
// and the clause it concerns, and which of a file's messages are check's.
import type {VFile} from 'vfile'
import {ancestorsOf, isParent} from '../parse/tree.js'
import type {Position} from '../parse/types.js'
import type {Finding, RuleContext, Severity} from './types.js'

/** The source of every message a check rule files; the parser's are 'yakkan-parse'. */
export const findingSource = 'yakkan'

/** The findings of the check rules among a file's messages, in document order. */
export function findingsOf(file: VFile): Finding[] {
  return file.messages.filter((message) => message.source === findingSource)
}

/** vfile's way: a fatal message is an error, any other a warning. */
export function severityOf(finding: Finding): Severity {
  return finding.fatal ? 'error' : 'warning'
}

/** Where a finding stands; a point is an empty span. */
export function positionOf(finding: Finding): Position {
  const place = finding.place ?? {line: finding.line ?? 1, column: finding.column ?? 1}
  return 'start' in place ? place : {start: place, end: place}
}

/** The id of the clause a finding concerns: the innermost of its ancestors. */
export function clauseOf(finding: Finding): string | undefined {
  const node = finding.ancestors?.[finding.ancestors.length - 1]
  return node && isParent(node) ? node.id : undefined
}

/**
 * How a rule files a finding: `file.message(reason, {place, ruleId, source, ancestors})`
 * in the language asked for, with the clause concerned and its ancestors as `ancestors`.
 */
export function reporter(context: Omit<RuleContext, 'report'>, ruleId: string): RuleContext['report'] {
  return ({message, position, clause}) => {
    const ancestors = ancestorsOf(context.tree, clause)
    context.file.message(message[context.lang], {place: position, ruleId, source: findingSource, ...(ancestors.length > 0 && {ancestors})})
  }
}
