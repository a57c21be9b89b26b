// Acceptance of issue 8 on the checker: on every document in ../shared/real-terms each
// error-level finding lies on a line the truth file lists as a true defect, and warnings
// are right at least 9 times in 10 over the set.
import {describe, expect, test} from 'vitest'
import {realDocuments, realTermsDir, scoreCheck, type CheckScore} from '../bench/real-terms.js'

const documents = realDocuments()
if (documents.length === 0) console.warn(`real-terms-check: skipped — no documents found in ${realTermsDir}`)

describe.skipIf(documents.length === 0)('real-terms: check precision against the true defects', () => {
  const scores: CheckScore[] = []

  test.each(documents.map((d) => [d.name, d] as const))('%s: every error is a listed defect', async (_, doc) => {
    const score = await scoreCheck(doc)
    scores.push(score)
    expect(score.falseAlarms.filter((f) => / error /.test(f)), `${doc.name}: false errors`).toEqual([])
    expect(score.errorsTrue).toBe(score.errors)
  })

  test('warnings are right at least 9 times in 10 over the set', () => {
    const warnings = scores.reduce((n, s) => n + s.warnings, 0)
    const right = scores.reduce((n, s) => n + s.warningsTrue, 0)
    expect(scores).toHaveLength(documents.length)
    expect(warnings).toBeGreaterThan(0)
    expect(right / warnings, scores.flatMap((s) => s.falseAlarms.map((f) => `${s.name}:${f}`)).join('\n')).toBeGreaterThanOrEqual(0.9)
  })
})
