// A rewrite that must not go ahead: a table that contradicts itself, a reading that would
// change its own output, an exclusion that names nothing. Carries Japanese and English.
import type {Lang} from '../parse/messages.js'

export type RewriteErrorCode = 'table' | 'conflict' | 'not-idempotent' | 'exclusion' | 'reference' | 'upstream'

export class RewriteError extends Error {
  override readonly name = 'RewriteError'

  constructor(
    readonly code: RewriteErrorCode,
    readonly messages: {ja: string; en: string}
  ) {
    super(messages.ja)
  }

  text(lang: Lang): string {
    return this.messages[lang]
  }
}
