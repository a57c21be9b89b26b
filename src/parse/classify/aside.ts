// Text beside the clauses: blockquote summaries (`> 重要なポイント`), HTML comments and raw HTML
// blocks. Kept in the tree as they are, never read for numbering or references.
import type {Shape} from './shape.js'

const aside = /^[ \t]{0,3}(?:>|<!--|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[ \t>/]|$))/

export function asideLine(text: string): Shape | undefined {
  return aside.test(text) ? {kind: 'aside', contentStart: 0} : undefined
}
