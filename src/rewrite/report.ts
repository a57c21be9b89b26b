// The rewrite report: for every row of the 読替え表, how often and where it applied; for a
// row that never applied, the nearest text that does occur; rows whose names overlap.
import {compact} from '../parse/normalize.js'
import type {Document} from '../parse/types.js'
import type {Match, Matcher} from '../terms/matcher.js'
import {nearestText} from '../terms/nearest.js'
import {pointFinder, type PointFinder} from '../parse/lines.js'
import {clauseFinder} from '../parse/tree.js'
import type {ReadingRow} from '../terms/types.js'

export interface Location {
  /** index into the upstream documents */
  document: number
  clause?: string
  line: number
  column: number
}

export interface RowReport {
  row: ReadingRow
  /** replacements made by this row */
  count: number
  locations: Location[]
  /** places left alone because they already read as this row's right side */
  kept: number
  /** occurrences of the left side inside a longer name of another row: row index → count */
  shadowedBy: Array<{row: number; count: number}>
  /** the row index of an earlier row with the same left side and reading */
  duplicateOf?: number
  /** for a row that never applied: the text nearest to its left side */
  nearest?: Location & {text: string; distance: number}
}

/** Rows whose names overlap in a way that changes how the table applies. */
export interface Overlap {
  /** row indexes (1-based) */
  rows: [number, number]
  /** `left-contains`: the first row's left side contains the second's (the longer wins);
   *  `right-contains`: the first row's right side contains the second's left side (its output is kept as is) */
  kind: 'left-contains' | 'right-contains'
}

export interface ReportDocument {
  tree: Document
  text: string
  matches: Match[]
  /** the text's line finder, when the caller already has one */
  place?: PointFinder
}

export function buildRowReports(matcher: Matcher, documents: ReportDocument[]): RowReport[] {
  const reports: RowReport[] = matcher.rows.map((row, i) => ({
    row,
    count: 0,
    locations: [],
    kept: 0,
    shadowedBy: [],
    duplicateOf: matcher.duplicates.has(i) ? matcher.rows[matcher.duplicates.get(i)!].index : undefined
  }))
  const places = documents.map(({text, place}) => place ?? pointFinder(text))
  const inside = insideTable(matcher)
  documents.forEach(({tree, matches}, document) => {
    const place = places[document]
    const clauseAt = clauseFinder(tree)
    for (const match of matches) {
      const report = reports[match.row]
      if (match.keep) {
        report.kept++
        continue
      }
      report.count++
      const {line, column} = place(match.start)
      report.locations.push({document, clause: clauseAt(match.start), line, column})
    }
    countHidden(matcher, reports, matches, inside)
  })
  for (const report of reports) {
    if (report.count === 0 && report.kept === 0 && report.duplicateOf === undefined) report.nearest = nearestIn(report.row.upstream, documents, places)
  }
  return reports
}

/**
 * Occurrences of each left side inside another row's match: a match reads as one row's
 * left side (or, kept, its right side) on the compact view, so what it holds is known
 * from the table alone and counted per match, without searching the text again.
 */
function countHidden(matcher: Matcher, reports: RowReport[], matches: Match[], inside: Inside): void {
  for (const match of matches) {
    const held = (match.keep ? inside.right : inside.left)[match.row]
    for (const {row, count} of held) {
      if (row === match.row) continue
      const by = matcher.rows[match.row].index
      const entry = reports[row].shadowedBy.find((e) => e.row === by)
      if (entry) entry.count += count
      else reports[row].shadowedBy.push({row: by, count})
    }
  }
}

/** For each row: the other rows' left sides its left (and its right) side holds, with how often. */
interface Inside {
  left: Array<Array<{row: number; count: number}>>
  right: Array<Array<{row: number; count: number}>>
}

function insideTable(matcher: Matcher): Inside {
  const lefts = matcher.rows.map((row, r) => (matcher.duplicates.has(r) ? '' : compact(row.upstream)))
  const holds = (name: string) =>
    lefts.flatMap((left, row) => {
      if (left === '') return []
      let count = 0
      for (let at = name.indexOf(left); at !== -1; at = name.indexOf(left, at + 1)) count++
      return count > 0 ? [{row, count}] : []
    })
  return {left: lefts.map((left) => (left === '' ? [] : holds(left))), right: matcher.rows.map((row) => holds(compact(row.effective)))}
}

/** The nearest text in any document, if it is near enough to be a likely misspelling (a third of the name). */
function nearestIn(name: string, documents: ReportDocument[], places: PointFinder[]): RowReport['nearest'] {
  const limit = Math.max(1, Math.floor(compact(name).length / 3))
  let best: RowReport['nearest']
  documents.forEach(({tree, text}, document) => {
    const found = nearestText(name, text, limit)
    if (!found || found.distance > limit || (best && best.distance <= found.distance)) return
    const {line, column} = places[document](found.start)
    best = {document, clause: clauseFinder(tree)(found.start), line, column, text: found.text, distance: found.distance}
  })
  return best
}

/** Static overlaps: a left side inside another row's left side, or inside a right side (its own included). */
export function findOverlaps(rows: ReadingRow[]): Overlap[] {
  const overlaps: Overlap[] = []
  const lefts = rows.map((row) => compact(row.upstream))
  const rights = rows.map((row) => compact(row.effective))
  rows.forEach((a, i) => {
    rows.forEach((b, j) => {
      if (i !== j && lefts[i] === lefts[j]) return
      if (i !== j && lefts[i].includes(lefts[j])) overlaps.push({rows: [a.index, b.index], kind: 'left-contains'})
      if (rights[i].includes(lefts[j]) && rights[i] !== lefts[j]) overlaps.push({rows: [a.index, b.index], kind: 'right-contains'})
    })
  })
  return overlaps
}
