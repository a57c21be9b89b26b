// The Word outputs opened by a real office suite. Two corpus versions printed to PDF by
// Chromium go through `yakkan diff old.pdf new.pdf --format docx -o 新旧対照表.docx`; the
// DOCX is A4 landscape with the table in the --columns order, every changed word
// underlined, and LibreOffice (headless) turns it into a PDF holding every row. The effective
// terms carry each substitution's original in a footnote and strike excluded clauses. A page
// of each (the table's first, the first exclusion's) is kept as PNG under out/docx/.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import JSZip from 'jszip'
import {chromium} from 'playwright-core'
import {beforeAll, describe, expect, test} from 'vitest'
import {diffDocuments} from '../src/diff/compare.js'
import {directionSummary} from '../src/diff/direction/summary.js'
import {taishoRows} from '../src/diff/taisho.js'
import {parse} from '../src/parse/index.js'
import {readPdf} from '../src/pdf/index.js'
import {layoutLines} from '../src/render/effective-lines.js'
import {renderTaishoDocx} from '../src/render/taisho-docx.js'
import {quoted, taishoWords, where} from '../src/render/taisho-md.js'
import {buildEffective} from '../src/rewrite/index.js'
import {yakkan} from './helpers/cli.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'
import {chromiumPath, hasChromium, printPdf} from './helpers/print-pdf.js'

const tools = ['soffice', 'pdftotext', 'pdftoppm'].filter((tool) => spawnSync('which', [tool]).status !== 0)
const ready = hasChromium && tools.length === 0
if (!ready) console.warn(`[docx-libreoffice] skipped: missing ${hasChromium ? tools.join(', ') : 'chromium'} (apt-get install chromium fonts-noto-cjk libreoffice-writer-nogui poppler-utils)`)

const out = fileURLToPath(new URL('../out/docx/', import.meta.url))
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const versions = ['corpus/usen-gate02-secure-mx/2024-10-30.md', 'corpus/usen-gate02-secure-mx/2025-04-01.md']

/** The runs of a WordprocessingML part: their text and whether they are underlined or struck. */
function runs(xml: string): Array<{text: string; underline: boolean; strike: boolean}> {
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run]) => ({
    text: unescape([...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    underline: run.includes('<w:u w:val="single"/>'),
    strike: run.includes('<w:strike/>')
  }))
}

/** The tables of a WordprocessingML part, as rows of cell texts. */
function tables(xml: string): string[][][] {
  const text = (cell: string) => runs(cell).map((r) => r.text).join('')
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) => [...table.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map(([, row]) => [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => text(cell))))
}

const part = async (bytes: Uint8Array, name: string) => (await JSZip.loadAsync(bytes)).file(name)!.async('string')

/** LibreOffice's PDF of a DOCX, its text (white space removed), and as PNG the first page holding `shown`. */
function openInLibreOffice(docx: string, png: string, shown: string): {text: string; pages: number} {
  const converted = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], {timeout: 180_000, encoding: 'utf8'})
  const pdf = docx.replace(/\.docx$/, '.pdf')
  expect(existsSync(pdf), converted.stderr).toBe(true)
  const text = spawnSync('pdftotext', [pdf, '-'], {encoding: 'utf8'}).stdout.replace(/\s+/g, '')
  const info = spawnSync('pdfinfo', [pdf], {encoding: 'utf8'}).stdout
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  // The named ＭＳ 明朝 / ＭＳ ゴシック came out in a Mincho (serif) and a Gothic (sans) Japanese face.
  const fonts = spawnSync('pdffonts', [pdf], {encoding: 'utf8'}).stdout
  expect(fonts).toMatch(/Serif\S*CJK|Mincho/i)
  expect(fonts).toMatch(/Sans\S*CJK|Gothic/i)
  const pageText = (page: number) => spawnSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], {encoding: 'utf8'}).stdout.replace(/\s+/g, '')
  const page = Array.from({length: pages}, (_, i) => i + 1).find((n) => pageText(n).includes(shown)) ?? 1
  spawnSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, `${out}${png}`])
  return {text, pages}
}

// LibreOffice starts in tens of seconds on a loaded machine: generous budgets, no timing asserted.
const slow = 300_000

describe.skipIf(!ready)('DOCX in LibreOffice', () => {
  beforeAll(async () => {
    mkdirSync(out, {recursive: true})
    const browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']})
    try {
      for (const [i, path] of versions.entries()) writeFileSync(`${out}${i === 0 ? 'old' : 'new'}.pdf`, await printPdf(browser, read(path), {header: 'セキュアMX 約款'}))
    } finally {
      await browser.close()
    }
  }, slow)

  test('acceptance: yakkan diff old.pdf new.pdf --format docx -o 新旧対照表.docx opens in LibreOffice with the table intact', async () => {
    const run = await yakkan(['diff', 'out/docx/old.pdf', 'out/docx/new.pdf', '--format', 'docx', '-o', 'out/docx/新旧対照表.docx'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const docx = readFileSync(`${out}新旧対照表.docx`)
    const xml = await part(docx, 'word/document.xml')
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
    // The same rows as the 新旧対照表 of the PDFs' text (the CLI used kuromoji; rows do not depend on it).
    const [before, after] = await Promise.all(['old', 'new'].map(async (name) => readPdf(readFileSync(`${out}${name}.pdf`))))
    const result = await diffDocuments(parse(before.text).tree, parse(after.text).tree, {tokenizer: fakeTokenizer})
    const rows = taishoRows(result)
    expect(rows.length).toBe(20)
    const {text, pages} = openInLibreOffice(`${out}新旧対照表.docx`, 'taisho-table', '（傍線部分は改正部分）')
    expect(pages).toBeGreaterThan(1)
    const head = (side: typeof rows[number]['after']) => side[0].segments.map((s) => s.text).join('').replace(/\s+/g, '').slice(0, 6)
    for (const row of rows) {
      expect(text).toContain(head(row.after))
      expect(text).toContain(head(row.before))
    }
    expect(text).toContain('改正後改正前')
    expect(text.indexOf('主な変更')).toBeLessThan(text.indexOf('改正後改正前'))
    // The list of changes against the customer survives the conversion, before the summary.
    expect(text.indexOf('契約者に不利な変更（不利益変更の候補）')).toBeGreaterThan(-1)
    expect(text.indexOf('契約者に不利な変更（不利益変更の候補）')).toBeLessThan(text.indexOf('主な変更'))
  }, slow)

  test('every changed word underlined, notes as written, columns in the --columns order', async () => {
    const result = await diffDocuments(parse(read(versions[0])).tree, parse(read(versions[1])).tree, {tokenizer: fakeTokenizer})
    const rows = taishoRows(result)
    const underlined = (lines: (typeof rows)[number]['after']) => lines.flatMap((line) => line.segments.filter((s) => s.changed && s.text !== '').map((s) => s.text))
    const notes = rows.flatMap((row) => [...row.after, ...row.before].filter((line) => line.note).map((line) => line.segments[0].text))
    expect(new Set(notes)).toEqual(new Set(['（略）', '（新設）', '（削る）']))
    for (const columns of ['new-old', 'old-new'] as const) {
      const xml = await part(await renderTaishoDocx(result, {columns}), 'word/document.xml')
      const all = runs(xml)
      const changed = rows.flatMap((row) => (columns === 'new-old' ? [row.after, row.before] : [row.before, row.after]).flatMap(underlined))
      expect(changed).toHaveLength(86)
      expect(all.filter((r) => r.underline).map((r) => r.text)).toEqual(changed)
      for (const note of notes) expect(all.some((r) => r.text === note && !r.underline)).toBe(true)
      const header = all.map((r) => r.text).filter((t) => t === '改正後' || t === '改正前').slice(-2)
      expect(header).toEqual(columns === 'new-old' ? ['改正後', '改正前'] : ['改正前', '改正後'])
      // The 新旧対照表, the summary and each direction list repeat their header row on every page.
      const {unclear} = directionSummary(result)
      expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(unclear.length > 0 ? 4 : 3)
    }
    // Japanese faces named so Word and LibreOffice pick Mincho for the body, Gothic for headings.
    const styles = await part(await renderTaishoDocx(result), 'word/styles.xml')
    expect(styles).toContain('w:eastAsia="ＭＳ 明朝"')
  })

  test('rewrite --format docx: substitutions underlined with the original in a footnote, exclusions struck with their reason', async () => {
    const reseller = 'corpus/usen-gate02-secure-mx/2025-04-01.md'
    const upstreams = ['corpus/upstream/iij-general.md', 'corpus/upstream/iij-secure-mx.md']
    const run = await yakkan(['rewrite', '--reseller', reseller, ...upstreams.flatMap((u) => ['--upstream', u]), '--format', 'docx', '-o', 'out/docx/effective.docx'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const docx = readFileSync(`${out}effective.docx`)
    const effective = buildEffective({tree: parse(read(reseller)).tree, path: reseller}, upstreams.map((path) => ({tree: parse(read(path)).tree, path})))
    const substitutions = effective.documents.flatMap((document) => document.substitutions)
    expect(substitutions.length).toBe(40)
    const all = runs(await part(docx, 'word/document.xml'))
    const marked = all.filter((r) => r.underline)
    expect(marked.map((r) => r.text)).toEqual(effective.documents.flatMap((document) => document.substitutions.map((s) => document.output.slice(s.output.start.offset, s.output.end.offset))))
    const footnotes = runs(await part(docx, 'word/footnotes.xml')).map((r) => r.text).filter((t) => t.startsWith('読替え'))
    expect(footnotes).toHaveLength(40)
    substitutions.forEach((s, i) => expect(footnotes[i]).toContain(`原文：${s.original}`))
    const excludedPieces = effective.documents.flatMap((document) => [...layoutLines(document)].filter((line) => line.excluded).flatMap((line) => line.pieces.flatMap((p) => (p.kind === 'anchor' ? [] : [p.text]))))
    expect(excludedPieces.length).toBeGreaterThan(0)
    expect(all.filter((r) => r.strike).map((r) => r.text)).toEqual(excludedPieces)
    expect(all.filter((r) => r.text.startsWith('（適用除外：')).length).toBe(effective.exclusions.length)
    const {text} = openInLibreOffice(`${out}effective.docx`, 'effective', '適用除外')
    expect(text).toContain('実効約款（読替え適用後）')
  }, slow)

  test('a binary DOCX is never written to a terminal', () => {
    const tty = spawnSync('script', ['-qec', `${process.execPath} dist/src/cli.js diff ${versions.join(' ')} --format docx`, '/dev/null'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8'
    })
    expect(tty.status).toBe(2)
    expect(tty.stdout.trim()).toBe('yakkan: 使い方が正しくありません: DOCX はバイナリなので端末には出力しません。-o で出力先ファイルを指定してください（yakkan --help を参照）')
  })
})

describe('DOCX: the changes against the customer before the 新旧対照表', async () => {
  const fixture = JSON.parse(read('test/fixtures/diff/intended-changes.json')) as {changes: Array<{old: string | null; new: string | null; direction: string}>}
  const key = (old: string | null | undefined, neu: string | null | undefined) => `${old ?? '-'} → ${neu ?? '-'}`
  const result = await diffDocuments(parse(read(versions[0])).tree, parse(read(versions[1])).tree, {tokenizer: fakeTokenizer})
  const expected = (direction: string) => fixture.changes.filter((c) => c.direction === direction).map((c) => key(c.old, c.new))

  for (const lang of ['ja', 'en'] as const) {
    test(`${lang}: heading before the summary and the table, one row per change with its words and reason, 要確認 after`, async () => {
      const words = taishoWords[lang]
      const xml = await part(await renderTaishoDocx(result, {lang}), 'word/document.xml')
      const texts = runs(xml).map((r) => r.text)
      const at = (text: string) => texts.indexOf(text)
      expect(at(words.adverse)).toBeGreaterThan(-1)
      expect(at(words.adverse)).toBeLessThan(at(words.changes))
      expect(at(words.changes)).toBeLessThan(at(words.note))
      const [adverseTable, ...rest] = tables(xml)
      const head = [words.clause, words.before, words.after, words.reason]
      expect(adverseTable[0]).toEqual(head)
      // The rows are the fixture's adverse changes, in the diff's order, each with its own words and reason.
      const byKey = new Map(result.changes.map((c) => [key(c.old?.id, c.new?.id), c]))
      const adverse = expected('favours-provider').map((k) => byKey.get(k)!)
      expect(adverse.every(Boolean)).toBe(true)
      const ordered = result.changes.filter((c) => adverse.includes(c))
      expect(adverseTable.slice(1)).toEqual(ordered.map((c) => [where(c, lang), quoted(c.old?.words), quoted(c.new?.words), c.reason[lang]]))
      for (const row of adverseTable.slice(1)) expect(row[3]).not.toBe('')
      const unclear = expected('unclear')
      if (unclear.length > 0) {
        expect(at(words.unclear)).toBeGreaterThan(at(words.adverse))
        expect(at(words.unclear)).toBeLessThan(at(words.changes))
        expect(rest[0][0]).toEqual(head)
        expect(rest[0].slice(1).map((row) => row[0])).toEqual(result.changes.filter((c) => unclear.includes(key(c.old?.id, c.new?.id))).map((c) => where(c, lang)))
      } else {
        expect(at(words.unclear)).toBe(-1)
      }
      expect(texts).toContain(words.disclaimer)
    })
  }

  test('no changes: no direction list at all', async () => {
    const same = await diffDocuments(parse(read(versions[0])).tree, parse(read(versions[0])).tree, {tokenizer: fakeTokenizer})
    const texts = runs(await part(await renderTaishoDocx(same), 'word/document.xml')).map((r) => r.text)
    expect(texts).not.toContain(taishoWords.ja.adverse)
    expect(texts).toContain(taishoWords.ja.none)
  })
})
