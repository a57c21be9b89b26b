// Acceptance of issue 2 on statutes: for every law in ../shared/egov-laws, the main provision
// (本則) parsed from NAME.txt (flat text) and from NAME.lawtext (Lawtext's indented layout)
// must match NAME.truth.json, which states what the e-Gov page's own markup says.
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {headingNumber, parse, toText} from '../src/parse/index.js'
import type {Document, Node} from '../src/parse/types.js'
import {itemsOf, mainArticles, paragraphsOf, readSource, subitemsUnder} from './helpers/clause-tree.js'
import {available, perLaw} from './helpers/requires.js'

const lawsDir = fileURLToPath(new URL('../../shared/egov-laws/', import.meta.url))
const layouts = ['txt', 'lawtext'] as const

interface Truth {
  articles: Array<{num: string; caption: string | null; paragraphs: Array<{items: number; subitems: number}>}>
  chapters: number
  sections: number
}

interface ArticleSummary {
  /** normalised number, as Article.num: "6-2" */
  num: string
  caption: string | null
  /** items/subitems per paragraph: "3/0" */
  paragraphs: string[]
}

interface Summary {
  articles: ArticleSummary[]
  chapters: number
  sections: number
}

const present = available(lawsDir, 'the e-Gov statutes (../shared/egov-laws)')
const names = present
  ? readdirSync(lawsDir)
      .filter((f) => f.endsWith('.truth.json'))
      .map((f) => f.slice(0, -'.truth.json'.length))
      .sort()
  : []

function expectedSummary(truth: Truth): Summary {
  return {
    articles: truth.articles.map((a) => ({
      num: headingNumber(a.num) ?? a.num,
      caption: a.caption === null ? null : a.caption.replace(/^[（(]/, '').replace(/[）)]$/, ''),
      paragraphs: a.paragraphs.map((p) => `${p.items}/${p.subitems}`)
    })),
    chapters: truth.chapters,
    sections: truth.sections
  }
}

function actualSummary(tree: Document): Summary {
  let chapters = 0
  let sections = 0
  const count = (node: Node): void => {
    if (node.type === 'chapter') chapters++
    if (node.type === 'section') sections++
    if (node.type === 'document' || node.type === 'chapter' || node.type === 'section') {
      for (const child of node.children as Node[]) count(child)
    }
  }
  count(tree)
  return {
    articles: mainArticles(tree).map((a) => ({
      num: a.num,
      caption: a.caption ?? null,
      paragraphs: paragraphsOf(a).map((p) => `${itemsOf(p).length}/${subitemsUnder(p).length}`)
    })),
    chapters,
    sections
  }
}

const show = (a: ArticleSummary | undefined): string =>
  a === undefined ? '(none)' : `{num ${a.num}, caption ${a.caption ?? '-'}, items/subitems per paragraph [${a.paragraphs.join(' ')}]}`

/** The differences that matter, first mismatching article first; empty when all agree. */
function mismatches(truth: Truth, expected: Summary, actual: Summary): string[] {
  const out: string[] = []
  const differs = (i: number): boolean => JSON.stringify(expected.articles[i]) !== JSON.stringify(actual.articles[i])
  const total = Math.max(expected.articles.length, actual.articles.length)
  const bad = Array.from({length: total}, (_, i) => i).filter(differs)
  if (bad.length > 0) {
    const i = bad[0]
    const written = truth.articles[i]?.num ?? '(beyond the truth)'
    out.push(
      `${bad.length} of ${total} article positions differ; first at #${i + 1} ${written} (after ${truth.articles[i - 1]?.num ?? 'the start'}):\n` +
        `    expected ${show(expected.articles[i])}\n` +
        `    got      ${show(actual.articles[i])}`
    )
  }
  if (expected.articles.length !== actual.articles.length) out.push(`articles: expected ${expected.articles.length}, got ${actual.articles.length}`)
  if (expected.chapters !== actual.chapters) out.push(`chapters: expected ${expected.chapters}, got ${actual.chapters}`)
  if (expected.sections !== actual.sections) out.push(`sections: expected ${expected.sections}, got ${actual.sections}`)
  return out
}

describe.skipIf(!present)('e-Gov statutes: main provision against truth.json', () => {
  test('all 25 statutes are there', () => expect(names).toHaveLength(25))
  for (const name of perLaw(names, present)) {
    for (const layout of layouts) {
      test(`${name}.${layout}`, () => {
        const truth = JSON.parse(readFileSync(`${lawsDir}${name}.truth.json`, 'utf8')) as Truth
        const {text} = readSource(`${lawsDir}${name}.${layout}`)
        const {tree} = parse(text, {path: `${name}.${layout}`})
        const problems = mismatches(truth, expectedSummary(truth), actualSummary(tree))
        expect(problems, `${name}.${layout}\n  ${problems.join('\n  ')}`).toEqual([])
      })
    }
  }
})

describe.skipIf(!present)('e-Gov statutes are parsed losslessly', () => {
  for (const layout of layouts) {
    test(`every .${layout} rebuilds exactly from its leaves`, () => {
      const broken = names.filter((name) => {
        const {text} = readSource(`${lawsDir}${name}.${layout}`)
        return toText(parse(text, {path: `${name}.${layout}`}).tree) !== text
      })
      expect(broken).toEqual([])
    })
  }
})
