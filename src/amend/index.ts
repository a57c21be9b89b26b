// 改め文: writing the amendment from two versions, applying one, and checking one against a
// new version. The tokenizer (kuromoji) is loaded only when some text really changed.
import {kuromojiTokenizer, type Tokenizer} from '../diff/tokenizer.js'
import type {Document} from '../parse/types.js'
import {applyAmendment, readAmendment} from './apply.js'
import {writeAmendment, type Amendment} from './generate.js'
import {differences, modelOf, type Difference, type Model, type Numerals} from './model.js'
import {documentText} from './render.js'

export {AmendmentError, readAmendment, type AmendmentSentence} from './apply.js'
export {amendmentText, UnprovenError, type Amendment} from './generate.js'
export {differences, modelOf, type Clause as AmendClause, type Difference as AmendDifference, type Model as AmendModel, type Numerals} from './model.js'
export type {Sentence as AmendSentence} from './write/sentence.js'

export interface AmendOptions {
  /** a tokenizer to use instead of kuromoji (tests pass a small one) */
  tokenizer?: Tokenizer
  /** the numerals of the sentences; the old document's by default */
  numerals?: Numerals
}

/** The 改め文 turning `oldTree` into `newTree`, proved by applying it; throws UnprovenError when it cannot be. */
export async function amendDocuments(oldTree: Document, newTree: Document, options: AmendOptions = {}): Promise<Amendment> {
  const oldModel = modelOf(oldTree)
  const newModel = modelOf(newTree)
  const tokenizer = options.tokenizer ?? (differences(newModel.clauses, oldModel.clauses).length > 0 ? await kuromojiTokenizer() : noTokens)
  return writeAmendment(oldModel, newModel, tokenizer, options.numerals ?? oldModel.numerals)
}

// Equal versions need no words.
const noTokens: Tokenizer = {tokenize: () => []}

/** The old document with the amendment applied, as a model and as text; throws AmendmentError. */
export function applyAmendmentText(oldTree: Document, amendment: string): {model: Model; text: string} {
  const model = applyAmendment(modelOf(oldTree), readAmendment(amendment))
  return {model, text: documentText(model.clauses, model.numerals)}
}

/** Each place where the old document with the amendment applied differs from the new one. */
export function checkAmendment(oldTree: Document, amendment: string, newTree: Document): Difference[] {
  const {model} = applyAmendmentText(oldTree, amendment)
  return differences(modelOf(newTree).clauses, model.clauses)
}
