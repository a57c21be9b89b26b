// The rewrite report: for every row of the 読替え表, how often and where it applied; for a
// row that never applied, the nearest text that does occur; rows whose names overlap.
import {compact, compactWithMap} from '../parse/normalize.js'
import type {Document} from '../parse/types.js'
import type {Match, Matcher} from './matcher.js'
import {nearestText, type CompactView} from './nearest.js'
import {pointFinder, type PointFinder} from '../parse/lines.js'
import {clauseFinder} from './tree.js'
import type {ReadingRow} from './types.js'

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
  const places = documents.map(({text}) => pointFinder(text))
  // Built once per document: on a long text the view costs more than the matching.
  const views = documents.map(({text}) => compactWithMap(text))
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
    countHidden(matcher, reports, views[document], matches)
  })
  for (const report of reports) {
    if (report.count === 0 && report.kept === 0 && report.duplicateOf === undefined) report.nearest = nearestIn(report.row.upstream, documents, places, views)
  }
  return reports
}

/** Occurrences of each left side that no match of its own row took: kept, or inside another row's name. */
function countHidden(matcher: Matcher, reports: RowReport[], {text: view, map}: CompactView, matches: Match[]): void {
  const starts = matches.map((match) => match.start)
  matcher.rows.forEach((row, r) => {
    if (matcher.duplicates.has(r)) return
    const left = compact(row.upstream)
    for (let at = view.indexOf(left); at !== -1; at = view.indexOf(left, at + 1)) {
      const start = map[at]
      const covering = coveringMatch(matches, starts, start)
      // Its own match, or its own right side already in place (counted as kept above).
      if (!covering || covering.row === r) continue
      const by = matcher.rows[covering.row].index
      const entry = reports[r].shadowedBy.find((e) => e.row === by)
      if (entry) entry.count++
      else reports[r].shadowedBy.push({row: by, count: 1})
    }
  })
}

function coveringMatch(matches: Match[], starts: number[], offset: number): Match | undefined {
  let low = 0
  let high = starts.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (starts[middle] <= offset) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found !== -1 && offset < matches[found].end ? matches[found] : undefined
}

/** The nearest text in any document, if it is near enough to be a likely misspelling (a third of the name). */
function nearestIn(name: string, documents: ReportDocument[], places: PointFinder[], views: CompactView[]): RowReport['nearest'] {
  const limit = Math.max(1, Math.floor(compact(name).length / 3))
  let best: RowReport['nearest']
  documents.forEach(({tree, text}, document) => {
    const found = nearestText(name, text, views[document])
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
