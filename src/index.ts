// The library API: each stage's main functions, and one renderer per output, each called
// render…(result, options). The command line's own helpers (the input size limit, option
// parsing) live in src/cli and are not part of it.

// parse: bytes → text → clause tree (with the parser's diagnostics on a vfile)
export {parse, type ParseOptions} from './parse/index.js'
export type * from './parse/types.js'
export type {Lang} from './parse/messages.js'
export {decode, InputError, type Decoded, type Encoding, type InputErrorCode, type Newline} from './parse/decode.js'
export {toText, ownText, bodyText, leaves} from './parse/text.js'
export {
  ancestorsOf,
  childNodes,
  clauseFinder,
  isAppendix,
  isArticle,
  isChapter,
  isClause,
  isItem,
  isParagraph,
  isParent,
  isSection,
  isSubitem,
  isTable,
  isTableRow,
  isText,
  treeIndex,
  type ClauseFinder,
  type TreeIndex
} from './parse/tree.js'
export {collectReferences, findReferences, resolveReference, traceReference, type Reference, type ReferenceKind, type Resolution, type ResolveProblem, type Step, type StepLevel} from './parse/references.js'
export {readPdf, isPdf, PdfError, placeOfLine, placeOfOffset, type PdfText, type PdfLine, type PdfPlace, type PdfFurniture, type PdfProblem} from './pdf/index.js'

// check: lint rules; findings are vfile messages on the document's file
export {checkDocument, findRule, rules, clauseOf, findingsOf, positionOf, severityOf, type CheckOptions, type Finding, type Rule, type RuleContext, type Setting, type Severity as CheckSeverity} from './check/index.js'

// rewrite: the effective terms through a reseller's 読替え表
export {buildEffective, namesDocument, readingSentences, readingTableFromFile, readingTableFromTree, RewriteError, type EffectiveDocument, type EffectiveUpstream, type Mark, type RewriteErrorCode, type RewriteOptions, type RewriteReport} from './rewrite/index.js'
export type {ClauseReference, Exclusion, Override, Precedence, ReadingRow, ReadingTable, Substitution} from './terms/types.js'

// diff: 新旧対照表
export {diffDocuments, kuromojiTokenizer, taishoRows, type Change as DiffChange, type ChangeKind, type ChangeSeverity, type ClausePair, type DiffOptions, type DiffResult, type SentencePair, type TaishoRow, type Token, type TokenEdit, type Tokenizer} from './diff/index.js'

// amend: 改め文
export {amendDocuments, applyAmendmentText, checkAmendment, amendmentText, readAmendment, AmendmentError, UnprovenError, type AmendOptions, type Amendment, type AmendSentence, type AmendDifference, type Numerals} from './amend/index.js'

// render: one function per output, render…(result, options)
export {renderOutline, type OutlineOptions} from './render/outline.js'
export {renderJson, type JsonOptions} from './render/json.js'
export {renderDiagnostics, type DiagnosticsOptions} from './render/diagnostics.js'
export {renderStylish, type StylishOptions} from './render/stylish.js'
export {renderCheckJson} from './render/check-json.js'
export {renderSarif, type SarifOptions} from './render/sarif.js'
export {renderGithub} from './render/github.js'
export {renderEffectiveMarkdown, renderReportMarkdown, type EffectiveMarkdownOptions} from './render/effective-md.js'
export {renderEffectiveHtml, renderReportHtml} from './render/effective-html.js'
export {renderEffectiveJson, renderReportJson} from './render/effective-json.js'
export {renderEffectiveDocx} from './render/effective-docx.js'
export {renderTaishoMarkdown, type TaishoRenderOptions} from './render/taisho-md.js'
export {renderTaishoHtml} from './render/taisho-html.js'
export {renderTaishoDocx} from './render/taisho-docx.js'
export {renderDiffText, type DiffTextOptions} from './render/diff-text.js'
export {renderDiffJson} from './render/diff-json.js'
