// The rewrite step (読替え): reading tables, the matcher, exclusions, precedence and the
// effective-document model. The command line and the writers use only what is exported here.
export {buildEffective, type EffectiveDocument, type EffectiveUpstream, type Mark, type RewriteOptions, type RewriteReport, type Source} from './effective.js'
export {RewriteError, type RewriteErrorCode} from './errors.js'
export {parseExcludeOption} from './exclusions.js'
export {referenceLabel, rowLabel, rowSummary} from './labels.js'
export {compileMatcher, findMatches, applyMatches, rewriteText, type Match, type Matcher, type Replacement} from './matcher.js'
export {namesDocument} from './named.js'
export {nearestText, type Nearest} from './nearest.js'
export type {Location, Overlap, RowReport} from './report.js'
export {readingTableFromTree, rowsFromTables, type RawTable} from './table.js'
export {readingTableFromFile, tableFormat, type TableFormat} from './table-file.js'
export type * from './types.js'
