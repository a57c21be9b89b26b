// Writing the 改め文 that turns one version into the other, and proving it: every article,
// appendix and the preamble are amended on their own and checked by applying their sentences
// (a clause whose sentences do not reproduce it is rewritten whole, 次のように改める); then the
// whole amendment, read back from its text, must turn the old model into the new one.
import type {Tokenizer} from '../diff/tokenizer.js'
import {applyAmendment, readAmendment} from './apply.js'
import {cloneClauses, differences, type Clause, type Difference, type Model, type Numerals} from './model.js'
import {amendAppendices} from './write/appendix.js'
import type {Sentence} from './write/sentence.js'
import {amendClause, amendList, rewrite, type Names, type Writer} from './write/unit.js'

export interface Amendment {
  numerals: Numerals
  sentences: Sentence[]
}

/** The amendment's text: one sentence a line, the lines of new clauses after it, indented by an ideographic space. */
export function amendmentText(sentences: Sentence[]): string {
  return sentences.map((s) => [s.text, ...(s.block ?? []).map((line) => `　${line}`)].join('\n')).join('\n') + (sentences.length > 0 ? '\n' : '')
}

/** Thrown when the sentences written do not reproduce the new version (a fault of the writer, reported, never printed as an amendment). */
export class UnprovenError extends Error {
  constructor(readonly differences: Difference[]) {
    super(`the amendment does not reproduce the new version (${differences.length} differences, first at ${differences[0]?.path})`)
  }

  text(lang: 'ja' | 'en'): string {
    const first = this.differences[0]?.path ?? ''
    return lang === 'ja'
      ? `新版を再現する改め文を書けませんでした（適用結果が ${this.differences.length} か所で新版と異なります。最初は ${first}）`
      : `could not write an amendment that reproduces the new version (${this.differences.length} differences after applying it, first at ${first})`
  }
}

export function writeAmendment(oldModel: Model, newModel: Model, tokenizer: Tokenizer, numerals: Numerals = oldModel.numerals): Amendment {
  const writer: Writer = {tokenizer, numerals}
  const sentences: Sentence[] = []
  const top = (model: Model, kind: Clause['kind']) => model.clauses.filter((c) => c.kind === kind)
  const [oldPreamble] = top(oldModel, 'preamble')
  const [newPreamble] = top(newModel, 'preamble')
  if (oldPreamble && newPreamble) sentences.push(...proven(oldPreamble, newPreamble, {short: '前文', full: '前文'}, writer))
  const articles = amendList(top(oldModel, 'article'), top(newModel, 'article'), 'article', undefined, {short: '', full: ''}, writer, proven)
  if (!articles) throw new UnprovenError([{path: 'article', what: 'text'}])
  sentences.push(...articles)
  sentences.push(...amendAppendices(top(oldModel, 'appendix'), top(newModel, 'appendix'), top(oldModel, 'article').at(-1), writer, proven))
  const amendment = {numerals, sentences}
  const result = applyAmendment(oldModel, readAmendment(amendmentText(sentences)))
  const left = differences(newModel.clauses, result.clauses)
  if (left.length > 0) throw new UnprovenError(left)
  return amendment
}

/** The sentences of one top-level clause, checked by applying them to it; rewritten whole when they fall short. */
function proven(old: Clause, neu: Clause, names: Names, writer: Writer): Sentence[] {
  const sentences = amendClause(old, neu, names, writer)
  if (reproduces(old, neu, sentences, writer)) return sentences
  return [rewrite(old, neu, names.full, writer)]
}

function reproduces(old: Clause, neu: Clause, sentences: Sentence[], writer: Writer): boolean {
  try {
    const result = applyAmendment({numerals: writer.numerals, clauses: cloneClauses([old])}, readAmendment(amendmentText(sentences)))
    const expected = neu.kind === 'article' ? {...neu, num: old.num} : neu
    return differences([expected], result.clauses).length === 0
  } catch {
    return false
  }
}
