// `yakkan check --format github`: workflow commands that GitHub Actions turns into
// annotations on the pull request:
//   ::error file=a.md,line=67,col=125,endLine=67,endColumn=157,title=reference-caption-matches::…
import type {VFile} from 'vfile'
import {findingsOf, positionOf, severityOf} from '../check/findings.js'

export function renderGithub(files: VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    for (const finding of findingsOf(file)) {
      const {start, end} = positionOf(finding)
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`yakkan ${finding.ruleId ?? ''}`)}`
      ]
      lines.push(`::${severityOf(finding)} ${properties.join(',')}::${escapeData(finding.reason)}`)
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n'
}

/** The message: %, CR and LF would end or corrupt the command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value: also : and , which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
