// A check finding (a vfile message) as the plain record tests compare: rule, severity,
// message, span and clause; and a vfile holding findings, for the writers.
import {VFile} from 'vfile'
import {clauseOf, findingSource, positionOf, severityOf, type Finding, type Severity} from '../../src/check/index.js'
import type {Position} from '../../src/parse/types.js'

export interface FindingView {
  ruleId: string
  severity: Severity
  message: string
  position: Position
  clause?: string
}

export function viewFinding(finding: Finding): FindingView {
  const clause = clauseOf(finding)
  return {ruleId: finding.ruleId ?? '', severity: severityOf(finding), message: finding.reason, position: positionOf(finding), ...(clause !== undefined && {clause})}
}

/** A file at `path` whose messages are these findings (without a clause: the writers' tests give none). */
export function fileWithFindings(path: string, findings: Array<Omit<FindingView, 'clause'>>): VFile {
  const file = new VFile({path})
  for (const finding of findings) {
    file.message(finding.message, {place: finding.position, ruleId: finding.ruleId, source: findingSource}).fatal = finding.severity === 'error'
  }
  return file
}
