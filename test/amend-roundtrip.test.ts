// The proof of the 改め文 writer: apply(old, amend(old, new)) == new, on re-typeset copies of
// the seed (no 改め文 at all), on the statutes of ../shared/egov-laws against edited copies,
// and on random edit scripts over the seed (fast-check; a fixed seed in CI).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it, test} from 'vitest'
import {applyAmendment, readAmendment} from '../src/amend/apply.js'
import {amendmentText, writeAmendment} from '../src/amend/generate.js'
import {amendDocuments, checkAmendment} from '../src/amend/index.js'
import {documentText} from '../src/amend/render.js'
import {differences, modelOf, type Model} from '../src/amend/model.js'
import {decode} from '../src/parse/decode.js'
import {parse} from '../src/parse/index.js'
import {applyScript, type Step} from './amend-edit-script.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

const seedPath = fileURLToPath(new URL('../corpus/usen-gate02-secure-mx/2024-10-30.md', import.meta.url))
const seed = modelOf(parse(readFileSync(seedPath, 'utf8')).tree)

/** The amendment's text for two models, and what applying that text to the old one leaves different from the new. */
function roundTrip(old: Model, neu: Model): {text: string; left: ReturnType<typeof differences>} {
  const text = amendmentText(writeAmendment(old, neu, fakeTokenizer).sentences)
  const result = applyAmendment(old, readAmendment(text))
  return {text, left: differences(neu.clauses, result.clauses)}
}

describe('a re-typeset copy of the seed needs no 改め文', () => {
  const variants = fileURLToPath(new URL('./fixtures/variants/', import.meta.url))
  test.each(['fullwidth.md', 'statute.txt', 'pdf-wrapped.txt', 'sjis-crlf.md'])('%s', async (name) => {
    const copy = parse(decode(readFileSync(variants + name)).text).tree
    const result = await amendDocuments(parse(readFileSync(seedPath, 'utf8')).tree, copy, {tokenizer: fakeTokenizer})
    expect(result.sentences).toEqual([])
  })
})

const lawsDir = fileURLToPath(new URL('../../shared/egov-laws/', import.meta.url))
const laws = existsSync(lawsDir) ? readdirSync(lawsDir).filter((f) => f.endsWith('.txt')).sort() : []
if (laws.length === 0) console.warn(`amend-roundtrip: statutes skipped — none found in ${lawsDir}`)

// The same edits on every statute: words in three places, a paragraph and an article added, an item and a row deleted.
const statuteEdits: Step[] = [
  {op: 'replace', clause: 3, at: 5, length: 1, word: 0},
  {op: 'insert', clause: 11, at: 9, length: 0, word: 1},
  {op: 'delete', clause: 20, at: 4, length: 2, word: 0},
  {op: 'addParagraph', clause: 1, at: 1, word: 2},
  {op: 'deleteItem', clause: 2, at: 0, word: 0},
  {op: 'addRow', clause: 0, at: 1, word: 3},
  {op: 'addArticle', clause: 0, at: 2, word: 1},
  {op: 'deleteArticle', clause: 0, at: 7, word: 0}
]

describe.skipIf(laws.length === 0)('the statutes against edited copies', () => {
  test.each(laws)('%s', async (name) => {
    const oldTree = parse(decode(readFileSync(lawsDir + name)).text).tree
    const old = modelOf(oldTree)
    const neu = applyScript(old, statuteEdits)
    expect(differences(neu.clauses, old.clauses).length).toBeGreaterThan(0)
    const {text, left} = roundTrip(old, neu)
    expect(left).toEqual([])
    // The renumbered articles are written as such, never as a rewrite of the main provision.
    expect(text).toMatch(/を削り|繰り上げ|繰り下げ|とし/)
    // The edited copy written out as text and parsed again, as a user would hand it over.
    const copy = parse(documentText(neu.clauses, neu.numerals)).tree
    const amendment = await amendDocuments(oldTree, copy, {tokenizer: fakeTokenizer})
    expect(checkAmendment(oldTree, amendmentText(amendment.sentences), copy)).toEqual([])
  })
})

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({op: fc.constantFrom('replace' as const, 'insert' as const, 'delete' as const), clause: fc.nat(200), at: fc.nat(300), length: fc.nat(3), word: fc.nat(9)}),
  fc.record({
    op: fc.constantFrom('addParagraph' as const, 'deleteParagraph' as const, 'addItem' as const, 'deleteItem' as const, 'addRow' as const, 'deleteRow' as const, 'addArticle' as const, 'deleteArticle' as const),
    clause: fc.nat(60),
    at: fc.nat(20),
    word: fc.nat(9)
  })
)

describe('random edit scripts on the seed', () => {
  it('round-trips: the amendment applied to the seed gives the edited seed', () => {
    fc.assert(
      fc.property(fc.array(step, {minLength: 1, maxLength: 6}), (steps) => {
        const neu = applyScript(seed, steps)
        expect(roundTrip(seed, neu).left).toEqual([])
      }),
      {numRuns: 150}
    )
  })

  it('round-trips when the edited seed is handed over as text and parsed again', async () => {
    const seedTree = parse(readFileSync(seedPath, 'utf8')).tree
    await fc.assert(
      fc.asyncProperty(fc.array(step, {minLength: 1, maxLength: 4}), async (steps) => {
        const neu = applyScript(seed, steps)
        const copy = parse(documentText(neu.clauses, neu.numerals)).tree
        const amendment = await amendDocuments(seedTree, copy, {tokenizer: fakeTokenizer})
        expect(checkAmendment(seedTree, amendmentText(amendment.sentences), copy)).toEqual([])
      }),
      {numRuns: 60}
    )
  })
})
