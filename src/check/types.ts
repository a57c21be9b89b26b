// What a lint rule is, what it sees, and what the runner hands to the writers.
import type {VFile} from 'vfile'
import type {Reference} from '../parse/references.js'
import type {Document, Position} from '../parse/types.js'

export type {Lang} from '../parse/messages.js'

export type Severity = 'error' | 'warning'

/** A rule's setting on the command line: `--rule id=off|warn|error`. */
export type Setting = Severity | 'off'

/** A text for people, in both languages. */
export interface Message {
  ja: string
  en: string
}

/** A document an external reference may point into (`--upstream FILE`). */
export interface Upstream {
  /** as given on the command line; a reference may name the document by its file name */
  path: string
  tree: Document
}

/** What every rule is given: the document, its parse, its references (collected once) and the upstream documents. */
export interface RuleContext {
  tree: Document
  /** the parse of the document, whose numbering diagnostics a rule may take over */
  file: VFile
  references: Reference[]
  upstreams: Upstream[]
}

/** One finding of a rule, before the runner gives it a severity and a language. */
export interface Report {
  message: Message
  position: Position
  /** id of the clause concerned */
  clause?: string
}

export interface Rule {
  /** stable, kebab-case: what `--rule` and the output name */
  id: string
  severity: Severity
  description: Message
  /** runs only when upstream documents are given */
  needsUpstream?: boolean
  check(context: RuleContext): Report[] | Promise<Report[]>
}

/** A finding as reported: its rule, severity and message in the chosen language. */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  position: Position
  clause?: string
}

/** The findings of one checked document, as the writers receive them. */
export interface CheckedFile {
  /** as shown to people: the path given, or 標準入力 for `-` */
  path: string
  findings: Finding[]
  /** for a PDF: the page a line of the extracted text is on */
  pageOfLine?: (line: number) => number | undefined
}
