// Reading the place a part of a 改め文 names: 第九条第二項第三号, 同条第四項, 別表第一,
// 附則第二項, 第十二条の表, 前文; the levels a place leaves out are those of the place named
// before it in the same sentence (第十一条第二項中第八号を第九号とし、第七号の次に…).
import {headingNumber, readNumeral} from '../../parse/normalize.js'

export interface Place {
  preamble?: boolean
  /** 別表1, 附則, 別記 */
  appendix?: string
  /** "10", "6-2" */
  article?: string
  paragraph?: string
  item?: string
  /** 0 for the only table (の表), n for the n-th (の第n表) */
  table?: number
}

const n = '[0-9０-９〇一二三四五六七八九十百千]+'
const pieces: Array<[RegExp, (m: RegExpExecArray, place: Place, context: Place) => void]> = [
  [/^(?:前文|題名)/, (_m, place) => void (place.preamble = true)],
  [new RegExp(`^(別記|別紙|別表|附則|様式)(?:第(?!${n}[条項号表])(${n}))?`), (m, place) => void (place.appendix = `${m[1]}${m[2] ? readNumeral(m[2]) : ''}`)],
  [new RegExp(`^第${n}条(?:の${n})*`), (m, place) => void (place.article = headingNumber(m[0]))],
  [/^同条/, (_m, place, context) => void ((place.appendix = context.appendix), (place.article = context.article))],
  [new RegExp(`^第(${n})項`), (m, place) => void (place.paragraph = String(readNumeral(m[1])))],
  [/^同項/, (_m, place, context) => void Object.assign(place, {appendix: context.appendix, article: context.article, paragraph: context.paragraph})],
  [new RegExp(`^第(${n})号(?:の(${n}))?`), (m, place) => void (place.item = `${readNumeral(m[1])}${m[2] ? `-${readNumeral(m[2])}` : ''}`)],
  [/^同号/, (_m, place, context) => void Object.assign(place, {appendix: context.appendix, article: context.article, paragraph: context.paragraph, item: context.item})],
  [new RegExp(`^の(?:第(${n}))?表`), (m, place) => void (place.table = m[1] ? readNumeral(m[1])! : 0)]
]

const levels = ['appendix', 'article', 'paragraph', 'item'] as const

/** The place at the start of `text` and the length read; undefined when none starts there. */
export function readPlace(text: string, context: Place): {place: Place; length: number} | undefined {
  const place: Place = {}
  let at = 0
  let first: (typeof levels)[number] | 'table' | 'preamble' | undefined
  for (;;) {
    let matched = false
    for (const [pattern, apply] of pieces) {
      const m = pattern.exec(text.slice(at))
      if (!m) continue
      const before = {...place}
      apply(m, place, context)
      if (first === undefined) first = levels.find((level) => place[level] !== undefined && before[level] === undefined) ?? (place.preamble ? 'preamble' : 'table')
      at += m[0].length
      matched = true
      break
    }
    if (!matched) break
  }
  if (at === 0) return undefined
  // A place starting below the article level belongs to the article (and paragraph) named before.
  if (first === 'paragraph' && place.appendix === undefined) Object.assign(place, {appendix: context.appendix, article: context.article, paragraph: place.paragraph})
  if (first === 'item') Object.assign(place, {appendix: context.appendix, article: context.article, paragraph: context.paragraph, item: place.item})
  if (first === 'table') Object.assign(place, {...context, table: place.table})
  return {place, length: at}
}
