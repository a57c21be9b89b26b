// The HTML 新旧対照表 in a real browser (Debian's chromium, driven by playwright-core):
// the rendered rows, underlines and badges, the summary links, no outside requests, and a
// clause carrying markup that must show as text. Saves screenshots under out/.
import {readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {describe, expect, test} from 'vitest'
import {diffDocuments} from '../src/diff/compare.js'
import {taishoRows} from '../src/diff/taisho.js'
import {parse} from '../src/parse/index.js'
import {renderTaishoHtml} from '../src/render/taisho-html.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'
import {hasChromium, usePage} from './helpers/chromium.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const seedText = read('corpus/usen-gate02-secure-mx/2024-10-30.md')
const hostileClause = '<img src=x onerror="document.title=\'pwned\';window.__pwned=1"><script>window.__pwned=2</script>'

describe.skipIf(!hasChromium)('the HTML 新旧対照表 in chromium', () => {
  const tab = usePage({width: 1280, height: 900})
  const {open} = tab

  test('rows, underlines, badges and summary links render', async () => {
    const result = await diffDocuments(parse(seedText).tree, parse(read('corpus/usen-gate02-secure-mx/2025-04-01.md')).tree, {
      tokenizer: fakeTokenizer,
      oldPath: 'corpus/usen-gate02-secure-mx/2024-10-30.md',
      newPath: 'corpus/usen-gate02-secure-mx/2025-04-01.md'
    })
    const path = await open('diff-taisho.html', renderTaishoHtml(result))
    const rows = taishoRows(result)
    expect(await tab.page.locator('table.taisho thead th').allTextContents()).toEqual(['改正後', '改正前'])
    expect(await tab.page.locator('table.taisho tbody tr').count()).toBe(rows.length)
    expect(await tab.page.locator('p.header-note').textContent()).toBe('（傍線部分は改正部分）')
    // Underlines on both sides, and really drawn as underlines.
    expect(await tab.page.locator('table.taisho tbody td:nth-child(1) u').count()).toBeGreaterThan(10)
    expect(await tab.page.locator('table.taisho tbody td:nth-child(2) u').count()).toBeGreaterThan(10)
    const decoration = await tab.page.locator('table.taisho u').first().evaluate((el) => getComputedStyle(el).textDecorationLine)
    expect(decoration).toContain('underline')
    // The party change of 第7条第2項, underlined on each side.
    const article7 = tab.page.locator('tr#row-art_7')
    expect(await article7.locator('td').nth(0).locator('u').allTextContents()).toContain('当社')
    expect(await article7.locator('td').nth(1).locator('u').allTextContents()).toContain('契約者')
    // Badges: the counts line and one per changed row, coloured by severity.
    expect(await tab.page.locator('p.counts .badge').allTextContents()).toEqual(['高', '中', '低'])
    expect(await tab.page.locator('table.taisho .badge.high').count()).toBe(rows.filter((r) => r.severity === 'high').length)
    const red = await tab.page.locator('.badge.high').first().evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(red).toBe('rgb(198, 40, 40)')
    // Notes for whole clauses.
    expect(await tab.page.locator('tr#row-art_10 td').nth(1).locator('.line').allTextContents()).toEqual(['（新設）'])
    expect(await tab.page.locator('tr#row-old-art_17 td').nth(0).locator('.line').allTextContents()).toEqual(['（削る）'])
    expect(await tab.page.locator('tr#row-old-art_17 td').nth(1).locator('u').first().textContent()).toBe('第17条')
    // Every summary link leads to a row.
    const links = await tab.page.locator('table.summary a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))
    expect(links.length).toBe(rows.filter((r) => r.changes.length > 0).length)
    for (const href of links) expect(await tab.page.locator(`tr[id="${href.slice(1)}"]`).count()).toBe(1)
    await tab.page.screenshot({path: `${tab.out}diff-taisho.png`, fullPage: true})
    expect(tab.requests.every((url) => url === pathToFileURL(path).href)).toBe(true)
  })

  test('the 不利益変更 summary: a row per change against the customer, badges, links to the clause rows', async () => {
    const old = read('test/fixtures/diff/direction/old.md')
    const result = await diffDocuments(parse(old).tree, parse(read('test/fixtures/diff/direction/new.md')).tree, {tokenizer: fakeTokenizer})
    await open('diff-adverse.html', renderTaishoHtml(result))
    const adverse = result.changes.filter((c) => c.direction === 'favours-provider')
    // First on the page, before the list of main changes and the 新旧対照表.
    expect(await tab.page.locator('h2').first().textContent()).toBe('契約者に不利な変更（不利益変更の候補）')
    expect(await tab.page.locator('table').first().getAttribute('id')).toBe('adverse-table')
    const rows = tab.page.locator('#adverse-table tbody tr')
    expect(await rows.count()).toBe(adverse.length)
    expect(await rows.evaluateAll((trs) => trs.every((tr) => tr.classList.contains('favours-provider')))).toBe(true)
    expect(await tab.page.locator('#adverse-table .direction.favours-provider').count()).toBe(adverse.length)
    expect(await tab.page.locator('#adverse-table .badge').allTextContents()).toEqual(adverse.map((c) => ({high: '高', medium: '中', low: '低'})[c.severity]))
    const colour = await tab.page.locator('#adverse-table .direction').first().evaluate((el) => getComputedStyle(el).color)
    expect(colour).toBe('rgb(183, 28, 28)')
    // The first row: the clause, the old and new words, the reason.
    expect(await rows.first().locator('td').allTextContents()).toEqual(['第2条第1項', '高', '「1年間」', '「2年間」', '契約者に不利 最低利用期間が長くなる（1年間 → 2年間）'])
    // Every row links to the row of its clause in the 新旧対照表, which shows the change.
    const links = await tab.page.locator('#adverse-table a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))
    expect(links).toHaveLength(adverse.length)
    for (const href of links) expect(await tab.page.locator(`table.taisho tr[id="${href.slice(1)}"]`).count()).toBe(1)
    expect(links[0]).toBe('#row-art_2')
    await tab.page.locator('#adverse-table a').nth(5).click()
    expect(await tab.page.evaluate(() => location.hash)).toBe(links[5])
    expect(await tab.page.locator(`tr[id="${links[5].slice(1)}"] td`).first().locator('u').allTextContents()).toContain('契約者')
    expect(await tab.page.locator('p.disclaimer').textContent()).toContain('法的助言ではありません')
    await tab.page.screenshot({path: `${tab.out}diff-adverse.png`, fullPage: true})
  })

  test('markup inside a clause renders as text: no element made, no handler run', async () => {
    const hostile = seedText.replace('日本国の法令とします。', `日本国の法令とします。${hostileClause}`)
    const result = await diffDocuments(parse(seedText).tree, parse(hostile).tree, {tokenizer: fakeTokenizer, newPath: 'hostile "<b>".md'})
    await open('diff-hostile.html', renderTaishoHtml(result, {full: true}))
    await tab.page.waitForTimeout(200)
    expect(await tab.page.locator('img').count()).toBe(0)
    expect(await tab.page.locator('script').count()).toBe(0)
    expect(await tab.page.locator('b').count()).toBe(0)
    expect(await tab.page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined()
    expect(await tab.page.title()).not.toBe('pwned')
    const row = tab.page.locator('tr#row-art_20')
    expect(await row.locator('td').nth(0).textContent()).toContain(hostileClause)
    expect(await row.locator('td').nth(0).locator('u').textContent()).toBe(hostileClause)
    expect(await tab.page.locator('p.versions').textContent()).toContain('hostile "<b>".md')
    await tab.page.screenshot({path: `${tab.out}diff-hostile.png`})
  })
})
