// Diagnostics (vfile messages) as lines people and editors read:
//   path:line:col  level  message  ruleId
import type {VFile} from 'vfile'
import type {Lang} from '../parse/messages.js'

type VFileMessage = VFile['messages'][number]

export type Level = 'error' | 'warning' | 'info'

/** How a level is named to people; the check writers name severities the same way. */
export const levelNames: Record<Level, {ja: string; en: string}> = {
  error: {ja: 'エラー', en: 'error'},
  warning: {ja: '警告', en: 'warning'},
  info: {ja: '情報', en: 'info'}
}

/** vfile's convention: fatal true is an error, false a warning, unset a note. */
export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export interface DiagnosticsOptions {
  lang?: Lang
  /** used when a message does not name its file */
  path?: string
  /** for a PDF: the page a line of the extracted text is on, shown as path:p.12:line:col */
  pageOfLine?: (line: number) => number | undefined
}

/** One line per message, in document order. */
export function renderDiagnostics(messages: readonly VFileMessage[], options: DiagnosticsOptions = {}): string[] {
  const lang = options.lang ?? 'ja'
  return [...messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((message) => {
      const path = message.file || options.path || ''
      const page = options.pageOfLine?.(message.line ?? 1)
      const place = `${path}:${page === undefined ? '' : `p.${page}:`}${message.line ?? 1}:${message.column ?? 1}`
      const fields = [place, levelNames[levelOf(message)][lang], message.reason.replace(/\s*\n\s*/g, ' ')]
      if (message.ruleId) fields.push(message.ruleId)
      return fields.join('  ')
    })
}

/** "エラー 0 件、警告 2 件、情報 0 件" / "0 errors, 2 warnings, 0 info". */
export function summarizeDiagnostics(messages: readonly VFileMessage[], lang: Lang = 'ja'): string {
  const counts: Record<Level, number> = {error: 0, warning: 0, info: 0}
  for (const message of messages) counts[levelOf(message)]++
  const levels: Level[] = ['error', 'warning', 'info']
  if (lang === 'ja') return levels.map((level) => `${levelNames[level].ja} ${counts[level]} 件`).join('、')
  return levels.map((level) => `${counts[level]} ${level === 'info' || counts[level] === 1 ? level : level + 's'}`).join(', ')
}
