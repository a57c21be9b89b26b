// Acceptance of issue 8 on published documents: for every document in ../shared/real-terms,
// the articles (number, caption, items and sub-items per paragraph) and the chapters equal
// what its truth file says a careful reader sees, and the source is rebuilt byte for byte.
import {describe, expect, test} from 'vitest'
import {actualArticles, chapterCount, expectedArticles, realDocuments, realTermsDir, scoreStructure} from '../bench/real-terms.js'
import {parse, toText} from '../src/parse/index.js'

const documents = realDocuments()
if (documents.length === 0) console.warn(`real-terms: skipped — no documents found in ${realTermsDir}`)

describe.skipIf(documents.length === 0)('real-terms: structure against truth.json', () => {
  for (const doc of documents) {
    test(doc.name, () => {
      const {tree} = parse(doc.text, {path: doc.name})
      const score = scoreStructure(doc)
      expect(actualArticles(tree), `${doc.name}: ${score.exact}/${score.expected} articles right; first difference ${score.first}`).toEqual(expectedArticles(doc.truth))
      expect(chapterCount(tree)).toBe(doc.truth.chapters)
    })
  }
})

describe.skipIf(documents.length === 0)('real-terms: lossless', () => {
  test.each(documents.map((d) => [d.name, d] as const))('%s rebuilds exactly from its leaves', (_, doc) => {
    expect(toText(parse(doc.text).tree)).toBe(doc.text)
  })
})
