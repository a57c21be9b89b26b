// `yakkan check --format json`: the shape of ESLint's JSON formatter (one entry per file,
// severity 2 for errors and 1 for warnings, 1-based lines and columns in UTF-16 units), so
// tools that read ESLint output read this too; `clause` is yakkan's own addition.
import type {VFile} from 'vfile'
import {clauseOf, findingsOf, positionOf} from '../check/findings.js'

export function renderCheckJson(files: VFile[]): string {
  const entries = files.map((file) => {
    const messages = findingsOf(file).map((finding) => {
      const {start, end} = positionOf(finding)
      const clause = clauseOf(finding)
      return {
        ruleId: finding.ruleId,
        severity: finding.fatal ? 2 : 1,
        message: finding.reason,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        ...(clause !== undefined && {clause})
      }
    })
    const errorCount = messages.filter((m) => m.severity === 2).length
    return {
      filePath: file.path,
      messages,
      errorCount,
      fatalErrorCount: 0,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0
    }
  })
  return JSON.stringify(entries, null, 2) + '\n'
}
