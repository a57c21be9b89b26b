// What a lint rule is, what it sees, and what the runner hands to the writers.
import type {VFile} from 'vfile'
import type {Reference} from '../parse/references.js'
import type {Document, ParsedDocument, Position} from '../parse/types.js'

export type {ParsedDocument}
import type {Lang} from '../parse/messages.js'

export type {Lang}

export type Severity = 'error' | 'warning'

/** A rule's setting on the command line: `--rule id=off|warn|error`. */
export type Setting = Severity | 'off'

/** A text for people, in both languages. */
export interface Message {
  ja: string
  en: string
}

/** What every rule is given: the document, its parse, its references (collected once) and the upstream documents. */
export interface RuleContext {
  tree: Document
  /** the parse of the document, holding the parser's diagnostics and, as vfile messages, the findings */
  file: VFile
  /** the language of the messages */
  lang: Lang
  references: Reference[]
  upstreams: ParsedDocument[]
  /** files a finding of this rule on `file`: `file.message(reason, {place, ruleId, source: 'yakkan', ancestors})` */
  report: (report: Report) => void
}

/** What a rule says about one place: its message in both languages, where, and the clause concerned. */
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
  check(context: RuleContext): void | Promise<void>
}

/**
 * A finding: the vfile message a rule filed (`source` 'yakkan', its rule's `ruleId`, `fatal`
 * for an error, the clause concerned last in `ancestors`), as remark-lint's are.
 */
export type Finding = ReturnType<VFile['message']>

declare module 'vfile' {
  interface DataMap {
    /** for a PDF: the page a line of the extracted text is on */
    pageOfLine: (line: number) => number | undefined
  }
}
