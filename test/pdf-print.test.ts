// PDFs printed by headless Chromium from the corpus (test/helpers/print-pdf.ts): the seed's
// PDF gives the seed's structure, with a running header and page numbers on every page, long
// items wrapped by the page width, and a caption left at the foot of a page. Encrypted,
// image-only and damaged PDFs end in one line and exit 2.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {bodyText, parse, toText, type Item, type Node} from '../src/parse/index.js'
import {placeOfOffset, readPdf} from '../src/pdf/index.js'
import {yakkan} from './helpers/cli.js'
import {chromiumPath, hasChromium, printPdf} from './helpers/print-pdf.js'
import {structure} from './helpers/structure.js'

if (!hasChromium) console.warn(`[pdf-print] skipped: no chromium at ${chromiumPath} (apt-get install chromium fonts-noto-cjk)`)
const hasSoffice = spawnSync('soffice', ['--version']).status === 0

const out = fileURLToPath(new URL('../out/pdf/', import.meta.url))
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const seedPath = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
const header = 'セキュアMX 約款（社内用）'

function items(node: Node, into: Item[] = []): Item[] {
  if (node.type === 'item') into.push(node)
  if (node.type !== 'text') for (const child of node.children as Node[]) items(child, into)
  return into
}

// Chromium and LibreOffice start slowly on a loaded machine: generous budgets, no timing asserted.
const slow = 300_000

describe.skipIf(!hasChromium)('PDFs printed by Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    mkdirSync(out, {recursive: true})
    browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']})
  }, slow)

  afterAll(async () => {
    await browser?.close()
  })

  test('the seed’s PDF gives the seed’s structure; header and page numbers are furniture on every page', async () => {
    const source = read(seedPath)
    const bytes = await printPdf(browser, source, {header})
    writeFileSync(`${out}seed.pdf`, bytes)
    const pdf = await readPdf(bytes)
    const fromPdf = parse(pdf.text).tree
    const fromText = parse(source).tree
    expect(structure(fromPdf)).toEqual(structure(fromText))
    expect(structure(fromText)).toHaveLength(83)
    expect(pdf.pages).toBe(7)
    for (let page = 1; page <= pdf.pages; page++) {
      expect(pdf.furniture.filter((f) => f.page === page)).toEqual([
        {page, text: header, kind: 'running'},
        {page, text: `- ${page} -`, kind: 'page-number'}
      ])
    }
    expect(pdf.text).not.toContain(header)
    // Every item reads as in the source, the ones wrapped by the page width included.
    const wrapped = items(fromPdf).filter((item) => toText(item).trimEnd().includes('\n'))
    // The items too long for one line at this page width (read off the printed pages).
    expect(wrapped.map((item) => item.id)).toEqual(['art_6__para_3__item_4', 'art_6__para_3__item_5', 'art_6__para_3__item_7', 'art_11__para_2__item_8', 'art_19__para_2__item_6'])
    const unwrap = (text: string) => text.replace(/\n/g, '')
    expect(items(fromPdf).map((item) => unwrap(bodyText(item)))).toEqual(items(fromText).map((item) => unwrap(bodyText(item))))
    // Read from standard input too, recognised by its content alone.
    const piped = await yakkan(['parse', '-', '--format', 'text'], bytes)
    expect(piped.code).toBe(0)
    expect(piped.stdout.toString('utf8')).toBe(pdf.text)
  }, slow)

  test('a caption at the foot of a page stays with the article at the top of the next', async () => {
    // The upstream document set the way ministries set rules: （見出し） on the line above 第N条.
    const lines = read('corpus/upstream/iij-secure-mx.md').split('\n')
    const set: string[] = []
    const breaks = new Set<number>()
    for (const line of lines) {
      const head = /^(第\d+条)（(.+)）$/.exec(line)
      if (!head) {
        set.push(line)
        continue
      }
      set.push(`（${head[2]}）`)
      if (head[1] === '第3条') breaks.add(set.length)
      set.push(head[1])
    }
    const bytes = await printPdf(browser, set.join('\n'), {header, breakBefore: breaks})
    const pdf = await readPdf(bytes)
    const tree = parse(pdf.text).tree
    const article = structure(tree).find((line) => line.startsWith('article:3'))
    expect(article).toBe('article:3(利用資格)')
    const third = (tree.children as Node[]).find((node) => node.type === 'article' && node.num === '3')!
    // The article begins with its caption on page 1 and its number heads page 2.
    expect(placeOfOffset(pdf, third.position.start.offset!)?.page).toBe(1)
    const numberLine = pdf.text.split('\n').indexOf('第3条')
    expect(pdf.lines[numberLine].page).toBe(2)
    expect(structure(tree).filter((line) => line.startsWith('article'))).toEqual(structure(parse(read('corpus/upstream/iij-secure-mx.md')).tree).filter((line) => line.startsWith('article')))
  }, slow)

  test('an image-only PDF, a damaged one and (with LibreOffice) an encrypted one: one line, exit 2', async () => {
    const page = await browser.newPage()
    await page.setContent('<svg width="400" height="200"><rect width="300" height="100" fill="#888"/><circle cx="50" cy="150" r="40"/></svg>')
    writeFileSync(`${out}image-only.pdf`, await page.pdf({format: 'A4'}))
    await page.close()
    const imageOnly = await yakkan(['parse', 'out/pdf/image-only.pdf'])
    expect(imageOnly.code).toBe(2)
    expect(imageOnly.stderr).toBe('yakkan: out/pdf/image-only.pdf: PDF に文字のデータがありません（1 ページとも画像だけです）。OCR で文字を付けてから渡してください\n')

    const seed = readFileSync(`${out}seed.pdf`)
    writeFileSync(`${out}damaged.pdf`, seed.subarray(0, 2000))
    const damaged = await yakkan(['check', 'out/pdf/damaged.pdf', '--lang', 'en'])
    expect(damaged.code).toBe(2)
    expect(damaged.stderr).toMatch(/^yakkan: out\/pdf\/damaged\.pdf: the PDF is damaged and cannot be read \(.+\)\n$/)

    if (!hasSoffice) return console.warn('[pdf-print] encrypted PDF skipped: no soffice (apt-get install libreoffice-writer-nogui)')
    writeFileSync(`${out}secret.txt`, '第1条（目的）\nこの規約は例です。\n')
    const filter = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}'
    spawnSync('soffice', ['--headless', '--convert-to', filter, '--outdir', out, `${out}secret.txt`], {timeout: 120_000})
    expect(existsSync(`${out}secret.pdf`)).toBe(true)
    const encrypted = await yakkan(['diff', 'out/pdf/secret.pdf', seedPath])
    expect(encrypted.code).toBe(2)
    expect(encrypted.stderr).toBe('yakkan: out/pdf/secret.pdf: パスワードで保護された PDF です。保護を解除した PDF を渡してください\n')
  }, slow)
})
