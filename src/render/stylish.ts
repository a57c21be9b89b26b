// `yakkan check --format stylish`: findings grouped by file, as ESLint prints them.
//   corpus/…/2024-10-30.md
//     48:15  警告  「反社会的勢力」が定義（第19条第1項）より前で使われています  defined-term
//
//   ✖ 4 件の問題（エラー 0 件、警告 4 件）
import type {VFile} from 'vfile'
import {findingsOf, positionOf, severityOf} from '../check/findings.js'
import type {Lang} from '../check/types.js'
import {levelNames} from './diagnostics.js'

export interface StylishOptions {
  lang?: Lang
  /** ANSI colours, for a terminal */
  color?: boolean
}

/** Nothing at all when there is nothing to report, like ESLint. */
export function renderStylish(files: VFile[], options: StylishOptions = {}): string {
  const lang = options.lang ?? 'ja'
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text)
  const out: string[] = []
  let errors = 0
  let warnings = 0
  for (const file of files) {
    const findings = findingsOf(file)
    if (findings.length === 0) continue
    const rows = findings.map((finding) => {
      const {start} = positionOf(finding)
      const severity = severityOf(finding)
      return {
        place: `${pagePrefix(file, start.line)}${start.line}:${start.column}`,
        severity,
        label: levelNames[severity][lang],
        message: finding.reason.replace(/\s*\n\s*/g, ' '),
        rule: finding.ruleId ?? ''
      }
    })
    const placeWidth = Math.max(...rows.map((row) => row.place.length))
    const labelWidth = Math.max(...rows.map((row) => displayWidth(row.label)))
    out.push(paint('4', file.path))
    for (const row of rows) {
      if (row.severity === 'error') errors++
      else warnings++
      const label = row.label + ' '.repeat(labelWidth - displayWidth(row.label))
      out.push(`  ${paint('2', row.place.padStart(placeWidth))}  ${paint(row.severity === 'error' ? '31' : '33', label)}  ${row.message}  ${paint('2', row.rule)}`)
    }
    out.push('')
  }
  const total = errors + warnings
  if (total === 0) return ''
  const summary =
    lang === 'ja'
      ? `✖ ${total} 件の問題（エラー ${errors} 件、警告 ${warnings} 件）`
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
  out.push(paint(errors > 0 ? '31;1' : '33;1', summary))
  return out.join('\n') + '\n'
}

/** `p.12:` before line:col when the file is a PDF. */
function pagePrefix(file: VFile, line: number): string {
  const page = file.data.pageOfLine?.(line)
  return page === undefined ? '' : `p.${page}:`
}

/** Columns a string takes in a terminal: two for each full-width character. */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return width
}
