// A rewrite that must not go ahead: a table that contradicts itself, a reading that would
// change its own output, an exclusion that names nothing. Carries Japanese and English.
import {BilingualError} from '../parse/messages.js'

export type RewriteErrorCode = 'table' | 'conflict' | 'not-idempotent' | 'exclusion' | 'reference' | 'upstream'

export class RewriteError extends BilingualError {
  override readonly name = 'RewriteError'

  constructor(
    readonly code: RewriteErrorCode,
    messages: {ja: string; en: string}
  ) {
    super(messages)
  }
}
