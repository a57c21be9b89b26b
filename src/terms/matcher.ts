// The 読替え matcher. Names are compared on the compact view (widths folded, spaces
// dropped), so `ABC データ サービス` and `ＡＢＣデータサービス` are one name, while
// the output keeps the upstream's own characters outside each match.
//
// One pass, leftmost-longest: at each position the longest name wins and scanning resumes
// after it, so a replacement is never replaced again. Right sides are names too, marked
// "keep": text that already reads as an effective name is left alone, which is what makes
// the table idempotent when a right side contains a left side (監査オプション →
// XYZ 監査オプション).
import {compact, compactUnit} from '../parse/normalize.js'
import {RewriteError} from './errors.js'
import {rowSummary} from './labels.js'
import type {ReadingRow} from './types.js'
import {lastBefore} from '../parse/search.js'

/** A compiled table: a trie over the compact forms of every left and right side. */
export interface Matcher {
  rows: ReadingRow[]
  /** rows whose left side repeats an earlier row with the same reading: index → earlier index */
  duplicates: Map<number, number>
  /** children[node] maps a UTF-16 unit to the next node */
  children: Array<Map<number, number>>
  /** per node: 0 no name ends here, k > 0 replace by rows[k - 1], k < 0 keep (rows[-k - 1]'s right side) */
  terminal: number[]
  /** units that can start a name */
  first: Uint8Array
}

/** A match in the source: [start, end) offsets; `keep` when it already reads as a right side. */
export interface Match {
  row: number
  start: number
  end: number
  keep: boolean
}

/** Builds the trie; refuses tables whose rows contradict each other or would chain. */
export function compileMatcher(rows: ReadingRow[]): Matcher {
  const matcher: Matcher = {rows, duplicates: new Map(), children: [new Map()], terminal: [0], first: new Uint8Array(0x10000)}
  const byLeft = new Map<string, number>()
  rows.forEach((row, i) => {
    const left = compact(row.upstream)
    if (left === '') {
      throw new RewriteError('table', {
        ja: `読替え表の${rowSummary(row, 'ja')}の左欄が空です`,
        en: `the reading table's ${rowSummary(row, 'en')} has an empty left side`
      })
    }
    const earlier = byLeft.get(left)
    if (earlier === undefined) {
      byLeft.set(left, i)
      return
    }
    if (compact(rows[earlier].effective) !== compact(row.effective)) throw contradiction(rows[earlier], row)
    matcher.duplicates.set(i, earlier)
  })
  for (const [left, i] of byLeft) insert(matcher, left, i + 1)
  rows.forEach((row, i) => {
    const right = compact(row.effective)
    if (right === '') return
    const readsAs = byLeft.get(right)
    if (readsAs !== undefined) {
      // A right side that is another row's left side would be read again on a second pass
      // (A → B, B → C), unless that row only respells the name.
      if (compact(rows[readsAs].effective) !== right) throw chain(row, rows[readsAs])
      return
    }
    insert(matcher, right, -(i + 1))
  })
  return matcher
}

function insert(matcher: Matcher, key: string, action: number): void {
  let node = 0
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i)
    let next = matcher.children[node].get(unit)
    if (next === undefined) {
      next = matcher.children.length
      matcher.children.push(new Map())
      matcher.terminal.push(0)
      matcher.children[node].set(unit, next)
    }
    node = next
  }
  matcher.first[key.charCodeAt(0)] = 1
  // ベ may be written ﾍﾞ: its bare kana can start a match too, once the mark after it joins
  const bare = key[0].normalize('NFD')
  if (bare.length > 1) matcher.first[bare.charCodeAt(0)] = 1
  // Several right sides may share a compact form; the first row keeps it.
  if (matcher.terminal[node] === 0) matcher.terminal[node] = action
}

/**
 * Where rows limited to a clause may apply: row (index into matcher.rows) → source ranges,
 * end exclusive. Rows not in the map apply everywhere.
 */
export type RowScopes = Map<number, Array<[number, number]>>

function inScope(scopes: RowScopes | undefined, row: number, offset: number): boolean {
  const ranges = scopes?.get(row)
  return ranges === undefined || ranges.some(([start, end]) => start <= offset && offset < end)
}

/** Every match in `text`, leftmost-longest, non-overlapping, in order; a scoped row only inside its ranges. */
export function findMatches(matcher: Matcher, text: string, scopes?: RowScopes): Match[] {
  const {children, terminal, first} = matcher
  const matches: Match[] = []
  const length = text.length
  let i = 0
  // The source is read through each unit's compact form; building the whole compact view
  // (compactWithMap) first would cost more than the matching itself.
  while (i < length) {
    let form = compactUnit(text.charCodeAt(i))
    if (form === '' || first[form.charCodeAt(0)] === 0) {
      i++
      continue
    }
    if (isVoicedMark(text.charCodeAt(i + 1))) form = voiced(text, i) ?? form
    let node = 0
    let action = 0
    let end = -1
    walk: for (let j = i; j < length; j++) {
      const joined = isVoicedMark(text.charCodeAt(j + 1)) ? voiced(text, j) : undefined
      const unit = joined ?? (j === i ? form : compactUnit(text.charCodeAt(j)))
      // the voiced mark is read with its kana (ﾍﾞ → ベ)
      if (joined !== undefined) j++
      // Whole forms only, so a name neither starts nor ends inside one character's expansion (㍿ → 株式会社).
      for (let k = 0; k < unit.length; k++) {
        const next = children[node].get(unit.charCodeAt(k))
        if (next === undefined) break walk
        node = next
      }
      if (unit !== '' && terminal[node] !== 0 && inScope(scopes, Math.abs(terminal[node]) - 1, i)) {
        action = terminal[node]
        end = j + 1
      }
    }
    if (action === 0) {
      i++
      continue
    }
    matches.push({row: Math.abs(action) - 1, start: i, end, keep: action < 0})
    i = end
  }
  return matches
}

/** ﾍﾞ, ﾌﾟ, ウ゛: a kana and the voiced mark after it as one unit (ベ, プ, ヴ), when they join; else undefined. */
function voiced(text: string, at: number): string | undefined {
  const mark = text.charCodeAt(at + 1)
  const joined = (compactUnit(text.charCodeAt(at)) + compactUnit(mark)).normalize('NFC')
  return joined.length === 1 ? joined : undefined
}

/** ﾞ ﾟ and the voiced marks (゙ ゚ ゛ ゜): checked inline, since every unit of a long text is. */
function isVoicedMark(code: number): boolean {
  return code === 0xff9e || code === 0xff9f || (code >= 0x3099 && code <= 0x309c)
}

/** A replacement made: the row, the source span and the span it occupies in the output. */
export interface Replacement {
  row: number
  start: number
  end: number
  outputStart: number
  outputEnd: number
}

/** The text with every replacing match swapped for its row's right side. */
export function applyMatches(matcher: Matcher, text: string, matches: Match[]): {output: string; replacements: Replacement[]} {
  const parts: string[] = []
  const replacements: Replacement[] = []
  let from = 0
  let outputLength = 0
  for (const match of matches) {
    if (match.keep) continue
    const effective = matcher.rows[match.row].effective
    parts.push(text.slice(from, match.start), effective)
    const outputStart = outputLength + match.start - from
    outputLength = outputStart + effective.length
    replacements.push({row: match.row, start: match.start, end: match.end, outputStart, outputEnd: outputLength})
    from = match.end
  }
  parts.push(text.slice(from))
  return {output: parts.join(''), replacements}
}

/** Matches and applies the table; then reads the output once more and refuses if anything would change. */
export function rewriteText(matcher: Matcher, text: string, scopes?: RowScopes): {output: string; matches: Match[]; replacements: Replacement[]} {
  const matches = findMatches(matcher, text, scopes)
  const {output, replacements} = applyMatches(matcher, text, matches)
  let outputScopes: RowScopes | undefined
  if (scopes) {
    const toOutput = outputOffsets(replacements)
    outputScopes = new Map([...scopes].map(([row, ranges]) => [row, ranges.map(([start, end]): [number, number] => [toOutput(start), toOutput(end)])]))
  }
  assertIdempotent(matcher, output, outputScopes)
  return {output, matches, replacements}
}

/** Maps a source offset outside every replaced span to its offset in the output. */
export function outputOffsets(replacements: Replacement[]): (offset: number) => number {
  return (offset) => {
    const found = lastBefore(replacements.length, (i) => replacements[i].end <= offset)
    return found === -1 ? offset : offset + replacements[found].outputEnd - replacements[found].end
  }
}

/**
 * Applying the table to its own output must change nothing. A row that fires again on
 * the output (a name formed across the edge of a replacement, say) is refused here.
 */
function assertIdempotent(matcher: Matcher, output: string, scopes?: RowScopes): void {
  for (const match of findMatches(matcher, output, scopes)) {
    if (match.keep) continue
    const row = matcher.rows[match.row]
    if (output.slice(match.start, match.end) === row.effective) continue
    const before = output.slice(Math.max(0, match.start - 12), match.end + 12).replace(/\s+/g, ' ')
    throw new RewriteError('not-idempotent', {
      ja: `読替えの結果をもう一度読み替えると${rowSummary(row, 'ja')}が「${before}」で再び当てはまります。読替え表を見直してください`,
      en: `reading the output again would apply ${rowSummary(row, 'en')} once more, at “${before}”; revise the reading table`
    })
  }
}

function contradiction(a: ReadingRow, b: ReadingRow): RewriteError {
  return new RewriteError('conflict', {
    ja: `読替え表の${rowSummary(a, 'ja')}と${rowSummary(b, 'ja')}は同じ名称を別々に読み替えています`,
    en: `the reading table's ${rowSummary(a, 'en')} and ${rowSummary(b, 'en')} read the same name two ways`
  })
}

function chain(a: ReadingRow, b: ReadingRow): RewriteError {
  return new RewriteError('conflict', {
    ja: `読替え表の${rowSummary(a, 'ja')}の右欄は${rowSummary(b, 'ja')}の左欄と同じ名称です。読替えを重ねることになるため適用できません`,
    en: `the reading table's ${rowSummary(a, 'en')} yields the left side of ${rowSummary(b, 'en')}; the readings would chain, so the table is refused`
  })
}
