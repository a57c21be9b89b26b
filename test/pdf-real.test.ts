// A ministry's published PDF (../shared/real-pdf): its rules parse to the structure a careful
// reader sees (../shared/real-terms/mlit-r7-pdf-extract.truth.json), with no running header
// or page number left in the text, its コメント part a division of its own, and every place
// maps back to its page.
import {existsSync, readFileSync} from 'node:fs'
import {beforeAll, describe, expect, test} from 'vitest'
import type {VFile} from 'vfile'
import {parse, toText, type Appendix, type Article, type Document, type Node} from '../src/parse/index.js'
import {placeOfOffset, readPdf, type PdfText} from '../src/pdf/index.js'
import {yakkan} from './helpers/cli.js'

const pdfPath = '../shared/real-pdf/mlit-r7-standard-rules.pdf'
const truthPath = '../shared/real-terms/mlit-r7-pdf-extract.truth.json'
const present = existsSync(new URL(`../${pdfPath}`, import.meta.url)) && existsSync(new URL(`../${truthPath}`, import.meta.url))
if (!present) console.warn(`[pdf-real] skipped: ${pdfPath} or its truth file is absent`)

interface TruthArticle {
  num: string
  caption: string
  paragraphs: Array<{items: number; subitems: number}>
}

/** The rules' articles: those of the main body, not of 附則 or 別表. */
function rulesArticles(tree: Document): Article[] {
  const out: Article[] = []
  const walk = (node: Node) => {
    if (node.type === 'article') out.push(node)
    else if (node.type === 'document' || node.type === 'chapter' || node.type === 'section') node.children.forEach(walk)
  }
  walk(tree)
  return out
}

function shape(article: Article): TruthArticle {
  const paragraphs = article.children.filter((c) => c.type === 'paragraph')
  return {
    num: article.num,
    caption: (article.caption ?? '').normalize('NFC'),
    paragraphs: paragraphs.map((p) => {
      const items = p.children.filter((c) => c.type === 'item')
      return {items: items.length, subitems: items.flatMap((i) => i.children.filter((c) => c.type === 'subitem')).length}
    })
  }
}

describe.skipIf(!present)('mlit-r7-standard-rules.pdf', () => {
  let pdf: PdfText
  let tree: Document
  let file: VFile
  let truth: TruthArticle[]

  beforeAll(async () => {
    pdf = await readPdf(readFileSync(new URL(`../${pdfPath}`, import.meta.url)))
    ;({tree, file} = parse(pdf.text))
    truth = JSON.parse(readFileSync(new URL(`../${truthPath}`, import.meta.url), 'utf8')).articles
  }, 300_000)

  test('every page read; the running header and the page number of every rules page are furniture', () => {
    expect(pdf.pages).toBe(108)
    // Pages 90 on (別添, set differently) carry neither; every page before has both.
    // The コメント part numbers its pages again from - 1 -.
    for (let page = 1; page < 90; page++) {
      expect(pdf.furniture.filter((f) => f.page === page).map((f) => f.kind).sort()).toEqual(['page-number', 'running'])
      expect(pdf.furniture.find((f) => f.page === page && f.kind === 'page-number')?.text).toBe(`- ${page < 38 ? page : page - 37} -`)
    }
    const running = pdf.furniture.filter((f) => f.kind === 'running')
    expect(running.filter((f) => f.text === '令和７年改正マンション標準管理規約（単棟型）').map((f) => f.page)).toEqual(Array.from({length: 37}, (_, i) => i + 1))
    expect(running.filter((f) => f.text === '令和７年改正マンション標準管理規約（単棟型）コメント').map((f) => f.page)).toEqual(Array.from({length: 52}, (_, i) => i + 38))
    expect(pdf.text).not.toContain('令和７年改正マンション標準管理規約（単棟型）')
    expect(pdf.text.split('\n').filter((line) => /^\s*-\s*\d+\s*-\s*$/.test(line))).toEqual([])
  })

  test('the tree is built from exactly the extracted text', () => {
    expect(toText(tree)).toBe(pdf.text)
  })

  test('the rules: every article of the truth, in order, with its caption', () => {
    const got = rulesArticles(tree).map(shape)
    expect(got.map((a) => a.num)).toEqual(truth.map((a) => a.num))
    expect(got.map((a) => a.caption)).toEqual(truth.map((a) => a.caption.normalize('NFC')))
  })

  test('the rules: every article has the paragraphs, items and sub-items of the truth', () => {
    expect(rulesArticles(tree).map(shape)).toEqual(truth.map((a) => ({num: a.num, caption: a.caption.normalize('NFC'), paragraphs: a.paragraphs})))
  })

  test('the コメント part is one division after the rules and their 別表, none of its 第N条関係 points read as provisions', () => {
    const commentaries = tree.children.filter((c): c is Appendix => c.type === 'appendix' && c.kind === 'コメント')
    expect(commentaries.map((c) => c.title)).toEqual(['マンション標準管理規約（単棟型）コメント'])
    const commentary = commentaries[0]!
    expect(tree.children.at(-1)).toBe(commentary)
    expect(tree.children.filter((c) => c.type === 'appendix').map((c) => `${c.kind}${c.num ?? ''}`)).toEqual(['附則', '別表1', '別表2', '別表3', '別表4', '別表5', 'コメント'])
    expect(placeOfOffset(pdf, commentary.position.start.offset!)?.page).toBe(38)
    expect(commentary.children.every((c) => c.type === 'text')).toBe(true)
    const commentaryText = toText(commentary)
    expect(commentaryText).toContain('\n第19条の２関係\n')
    expect(commentaryText).toContain('\n別表第１関係\n')
    expect(file.messages.map((m) => m.reason)).toEqual([])
  })

  test('no running header in any clause text', () => {
    const headers = [...new Set(pdf.furniture.filter((f) => f.kind === 'running').map((f) => f.text))]
    expect(headers).toHaveLength(2)
    const clauses = rulesArticles(tree).map((article) => toText(article))
    for (const header of headers) expect(clauses.filter((text) => text.includes(header))).toEqual([])
  })

  test('an article maps back to its page and point: 第64条 （イ） begins with its caption on page 30', () => {
    const article = rulesArticles(tree).filter((a) => a.num === '64')[1]
    expect(placeOfOffset(pdf, article.position.start.offset!)).toEqual({page: 30, x: 70.7, y: 299.8})
  })

  test('the command line: parse --format text prints the extracted text; no diagnostics; check and its SARIF name pages', async () => {
    const parsed = await yakkan(['parse', pdfPath, '--format', 'text'])
    expect(parsed.code).toBe(0)
    expect(parsed.stdout.toString('utf8')).toBe(pdf.text)
    // the rules read without a numbering warning, and the コメント part gives none either
    expect(parsed.stderr).toBe('')
    // the rules and their コメント give no finding of their own (test/check-commentary.test.ts);
    // a stand-in for the act they cite gives findings on many pages to place
    const plain = JSON.parse((await yakkan(['check', pdfPath, '--format', 'sarif'])).stdout.toString('utf8'))
    expect(plain.runs[0].results).toEqual([])
    const sarif = JSON.parse((await yakkan(['check', pdfPath, '--upstream', 'test/fixtures/commentary/stand-in-act.md', '--format', 'sarif'])).stdout.toString('utf8'))
    const results = sarif.runs[0].results as Array<{locations: Array<{physicalLocation: {region: {startLine: number; properties?: {page: number}}}}>}>
    expect(results.length).toBeGreaterThan(50)
    for (const result of results) {
      const region = result.locations[0].physicalLocation.region
      const line = pdf.lines[region.startLine - 1]
      expect(region.properties?.page).toBe(line.page)
    }
  }, 300_000)
})
