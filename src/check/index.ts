// yakkan check: lint rules over a clause tree, as a library.
export {checkDocument, type CheckOptions} from './run.js'
export {findRule, rules} from './registry.js'
export type {CheckedFile, Finding, Lang, Message, Report, Rule, RuleContext, Setting, Severity, Upstream} from './types.js'
