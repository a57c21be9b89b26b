// Comparing versions of a document: alignment, token diff and classification of changes.
export {diffDocuments, type DiffOptions} from './compare.js'
export {taishoRows, type TaishoLine, type Segment, type TaishoOptions, type TaishoRow} from './taisho.js'
export {kuromojiTokenizer, type Token, type Tokenizer} from './tokenizer.js'
export {directionNames, kindNames, severityNames} from './labels.js'
export {directionSummary, type DirectionSummary} from './direction/summary.js'
export {directions, severities, severityRank} from './types.js'
export type * from './types.js'
