// `yakkan check --format json`: the shape of ESLint's JSON formatter (one entry per file,
// severity 2 for errors and 1 for warnings, 1-based lines and columns in UTF-16 units), so
// tools that read ESLint output read this too; `clause` is yakkan's own addition.
import type {CheckedFile} from '../check/types.js'

export function renderCheckJson(files: CheckedFile[]): string {
  const entries = files.map((file) => {
    const messages = file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity === 'error' ? 2 : 1,
      message: finding.message,
      line: finding.position.start.line,
      column: finding.position.start.column,
      endLine: finding.position.end.line,
      endColumn: finding.position.end.column,
      ...(finding.clause !== undefined && {clause: finding.clause})
    }))
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
