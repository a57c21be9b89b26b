// yakkan check: lint rules over a clause tree, as a library.
export {checkDocument, type CheckOptions} from './run.js'
export {findRule, rules} from './registry.js'
export {clauseOf, findingsOf, findingSource, positionOf, severityOf} from './findings.js'
export type {Finding, Lang, Message, Report, Rule, RuleContext, Setting, Severity, ParsedDocument} from './types.js'
