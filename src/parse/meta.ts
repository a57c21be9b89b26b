// Document meta from the lines before the first article: title, version date, issuer.
import {foldWidth, readNumeral} from './normalize.js'
import type {DocumentMeta} from './types.js'

const eras: Record<string, number> = {令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867}
const date = /(令和|平成|昭和|大正|明治)?[ \t]*([0-9]{1,4}|元|[〇一二三四五六七八九十]+)[ \t]*年[ \t]*([0-9]{1,2}|[一二三四五六七八九十]+)[ \t]*月[ \t]*([0-9]{1,2}|[一二三四五六七八九十]+)[ \t]*日/
const versionWords = /版|現在|改定|改正|制定|施行|実施|適用|更新|^\s*$/
const organisation = /株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|独立行政法人|組合|協会/
const titleWords = /約款|規程|規約|規則|規定|条件|ポリシー|法|令|条例|契約書/

/** The ISO date a line names as its version (2024年10月30日版 → 2024-10-30), if any. */
export function readVersion(line: string): string | undefined {
  const folded = foldWidth(line)
  const match = date.exec(folded)
  if (!match || !versionWords.test(folded.slice(match.index + match[0].length))) return undefined
  const yearNum = match[2] === '元' ? 1 : readNumeral(match[2])
  const month = readNumeral(match[3])
  const day = readNumeral(match[4])
  if (yearNum === undefined || month === undefined || day === undefined || month > 12 || day > 31) return undefined
  const year = match[1] ? eras[match[1]] + yearNum : yearNum
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Reads meta from the trimmed front-matter lines; returns which line served as title. */
export function readMeta(lines: string[]): {meta: DocumentMeta; titleLine?: number} {
  const meta: DocumentMeta = {}
  let titleLine: number | undefined
  lines.forEach((line, index) => {
    if (!line || line.includes('。')) return
    const version = meta.version ? undefined : readVersion(line)
    if (version) {
      meta.version = version
      return
    }
    if (!meta.issuer && organisation.test(line) && line.length <= 40 && !titleWords.test(line.replace(organisation, ''))) {
      meta.issuer = line
      return
    }
    if (titleLine === undefined && line.length <= 80) titleLine = index
  })
  if (titleLine !== undefined) meta.title = lines[titleLine]
  return {meta, titleLine}
}
