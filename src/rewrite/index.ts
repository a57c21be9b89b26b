// The rewrite step (読替え): the effective-document model, built from what src/terms reads.
// The command line and the writers use only what is exported here.
export {buildEffective, type EffectiveDocument, type EffectiveUpstream, type Mark, type RewriteOptions, type RewriteReport} from './effective.js'
export * from '../terms/index.js'
export {namesDocument} from './named.js'
export type {Location, Overlap, RowReport} from './report.js'
export {readingTableFromFile, tableFormat, type TableFormat} from './table-file.js'
