// Every lint rule, in the order they run; a new rule joins with one import and one entry.
import {definedTerm} from './rules/defined-term.js'
import {excludedStillNamed} from './rules/excluded-still-named.js'
import {externalReferenceResolves} from './rules/external-reference-resolves.js'
import {numberingSequential} from './rules/numbering-sequential.js'
import {readingTableSourceFound} from './rules/reading-table-source-found.js'
import {referenceCaptionMatches} from './rules/reference-caption-matches.js'
import {referenceNotDeleted} from './rules/reference-not-deleted.js'
import {referencePartExists} from './rules/reference-part-exists.js'
import {referenceRangeOrder} from './rules/reference-range-order.js'
import {referenceTargetExists} from './rules/reference-target-exists.js'
import {relativeReferenceValid} from './rules/relative-reference-valid.js'
import {termVariant} from './rules/term-variant.js'
import type {Rule} from './types.js'

export const rules: readonly Rule[] = [
  referenceTargetExists,
  referenceCaptionMatches,
  relativeReferenceValid,
  referenceRangeOrder,
  referencePartExists,
  referenceNotDeleted,
  numberingSequential,
  definedTerm,
  termVariant,
  externalReferenceResolves,
  readingTableSourceFound,
  excludedStillNamed
]

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id)
}
