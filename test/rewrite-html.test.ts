// The effective terms as HTML in a real browser (Debian's chromium, driven by playwright-core):
// articles, paragraphs and items laid out as a 約款 is (captions and article heads set apart,
// paragraphs and items indented), an upstream's tab-separated price table as a table, every
// substitution highlighted, nothing loaded from outside. Screenshots are kept under out/.
import {readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {describe, expect, test} from 'vitest'
import {parse} from '../src/parse/index.js'
import {renderEffectiveHtml} from '../src/render/effective-html.js'
import {buildEffective} from '../src/rewrite/index.js'
import {hasChromium, usePage} from './helpers/chromium.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const source = (path: string) => ({tree: parse(read(path), {path}).tree, path})

describe.skipIf(!hasChromium)('the effective terms in chromium', () => {
  const tab = usePage({width: 1100, height: 900})
  const {open} = tab
  const style = (selector: string, property: string) => tab.page.locator(selector).first().evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property)
  const px = async (selector: string, property: string) => parseFloat(await style(selector, property))

  test('a statute-style upstream: captions and heads set apart, items indented, the price table a table', async () => {
    const doc = buildEffective(source('corpus/hayate-cloudpbx/2025-07-01.md'), [source('corpus/upstream-sora/sora-pbx.md')])
    const path = await open('rewrite-effective-hayate.html', renderEffectiveHtml(doc, {lang: 'ja'}))
    const section = tab.page.locator('section#d1')
    // The caption line above 第四条 is a head, bold, and carries the override label.
    const caption = section.locator('.line.head', {hasText: '（最低利用期間）'})
    expect(await caption.count()).toBe(1)
    expect(Number(await caption.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600)
    expect(await caption.locator('.overridden-label').textContent()).toBe('（本約款第５条（最 低 利 用 期 間）が優先して適用されます：本約款第4条）')
    // Items sit deeper than paragraphs, paragraphs deeper than heads.
    const head = await px('section#d1 .line.head', 'padding-left')
    const paragraph = await px('section#d1 .line.k-paragraph', 'padding-left')
    const item = await px('section#d1 .line.k-item', 'padding-left')
    expect(head).toBe(0)
    expect(paragraph).toBeGreaterThan(head)
    expect(item).toBeGreaterThan(paragraph)
    expect(await section.locator('.line.k-item').allTextContents()).toEqual([
      '一　内線転送オプション　着信を他の内線に転送するもの',
      '二　通話録音オプション　通話の内容を録音して保存するもの（適用除外：本約款第3条）',
      '三　自動音声応答オプション　着信に自動音声で応答するもの'
    ])
    // The excluded item is struck through.
    expect(await style('section#d1 .line.excluded .text', 'text-decoration-line')).toContain('line-through')
    // The tab-separated price table is a table of five rows and two columns.
    const rows = section.locator('table.terms tr')
    expect(await rows.count()).toBe(5)
    expect(await rows.nth(0).locator('td').allTextContents()).toEqual(['品目', '月額料金'])
    expect(await rows.nth(3).locator('td').allTextContents()).toEqual(['通話録音オプション', '三百円'])
    const [first, second] = await rows.nth(1).locator('td').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().left))
    expect(second).toBeGreaterThan(first)
    // Every substitution is highlighted, with the original on hover.
    expect(await tab.page.locator('mark.sub').count()).toBe(doc.report.substitutions)
    expect(await tab.page.locator('mark.sub').first().getAttribute('title')).toMatch(/^読替え（第2条第1項の読替え文 2番目）　原文：ソラPBXサービス$/)
    await tab.page.screenshot({path: `${tab.out}rewrite-effective-hayate.png`, fullPage: true})
    expect(tab.requests.every((url) => url === pathToFileURL(path).href)).toBe(true)
  })

  test('the seed: 第N条（…） heads, numbered paragraphs and (n) items, excluded items struck', async () => {
    const doc = buildEffective(source('corpus/usen-gate02-secure-mx/2024-10-30.md'), [source('corpus/upstream/iij-general.md'), source('corpus/upstream/iij-secure-mx.md')])
    await open('rewrite-effective-seed.html', renderEffectiveHtml(doc, {lang: 'ja'}))
    const section = tab.page.locator('section#d2')
    expect(await section.locator('.line.head').first().textContent()).toBe('第1条（契約の単位）')
    expect(await section.locator('.line.k-item.excluded').count()).toBe(4)
    expect(await section.locator('table.terms tr').count()).toBe(3)
    expect(await tab.page.locator('mark.sub').count()).toBe(doc.report.substitutions)
    await tab.page.screenshot({path: `${tab.out}rewrite-effective-seed.png`, fullPage: true})
  })
})
