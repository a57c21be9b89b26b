// What a terms document states about itself and the documents it builds on, read from its
// clause tree: the names it gives other documents, its 読替え表 and the matcher that finds
// their wording, its exclusions (適用除外) and their resolution in the upstream documents,
// its precedence (適用関係), and where an excluded thing is still named upstream. Both
// check (the --upstream rules) and rewrite (the effective document) read these; neither
// imports the other.
export {RewriteError, type RewriteErrorCode} from './errors.js'
export {clauseReferenceLabel, rowLabel, rowSummary} from './labels.js'
export {compileMatcher, findMatches, applyMatches, rewriteText, type Match, type Matcher, type Replacement} from './matcher.js'
export {nearestText, type Nearest} from './nearest.js'
export {readingTableFromTree, rowsFromTables, type RawTable} from './table.js'
export {readingSentences} from './reading-sentences.js'
export {readDocumentNames, type DocumentName} from './document-names.js'
export {findDangling, excludedName, type Dangling} from './dangling.js'
export type * from './types.js'
