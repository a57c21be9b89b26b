// Printing a document's text to PDF with headless Chromium (Debian's chromium, driven by
// playwright-core), as people make PDFs of terms: A4, a Japanese Mincho face, lines wrapped
// at the page width, a running header and a `- N -` page number on every page. A line can
// be made to start a new page, to put the line before it at the foot of a page. Lines with
// tabs are table rows, laid out as a table, as a word processor prints them.
import type {Browser} from 'playwright-core'

export {chromiumPath, hasChromium} from './chromium.js'

export interface PrintOptions {
  /** the running header, at the top right of every page */
  header: string
  /** 0-based indexes of source lines that begin a new page */
  breakBefore?: ReadonlySet<number>
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export async function printPdf(browser: Browser, text: string, options: PrintOptions): Promise<Buffer> {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')
  const parts: string[] = []
  lines.forEach((line, i) => {
    const classes = `line${options.breakBefore?.has(i) ? ' break' : ''}`
    if (!line.includes('\t')) return parts.push(`<div class="${classes}">${line === '' ? '&#8203;' : escape(line)}</div>`)
    const row = `<tr>${line.split('\t').map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`
    // Consecutive rows share one table, so their columns line up.
    if (lines[i - 1]?.includes('\t')) parts[parts.length - 1] = parts[parts.length - 1].replace('</table>', `${row}</table>`)
    else parts.push(`<table class="${classes}">${row}</table>`)
  })
  const body = parts.join('\n')
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
body { font-family: "Noto Serif CJK JP", serif; font-size: 10.5pt; line-height: 1.6; margin: 0; }
.line { white-space: pre-wrap; word-break: break-all; }
.break { break-before: page; }
table { border-collapse: collapse; } td { padding: 0 2em 0 0; vertical-align: top; white-space: nowrap; font-size: 7.5pt; }
</style></head><body>${body}</body></html>`
  const page = await browser.newPage()
  try {
    await page.setContent(html)
    return await page.pdf({
      format: 'A4',
      margin: {top: '25mm', bottom: '25mm', left: '22mm', right: '22mm'},
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-family: 'Noto Sans CJK JP'; font-size: 8pt; width: 100%; text-align: right; margin-right: 22mm;">${escape(options.header)}</div>`,
      footerTemplate: `<div style="font-family: 'Noto Sans CJK JP'; font-size: 9pt; width: 100%; text-align: center;">- <span class="pageNumber"></span> -</div>`
    })
  } finally {
    await page.close()
  }
}
