// PDF bytes → pages of text items, with pdf.js (its legacy build runs on Node 20). The cMaps
// for Japanese fonts and the standard fonts ship in the pdfjs-dist package and are read from
// there as files. Every way a PDF cannot be read ends in a PdfError saying which.
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {InputError} from '../parse/decode.js'
import {assemble} from './assemble.js'
import {pageLines, type Glyphs} from './lines.js'
import type {PdfText} from './types.js'

export type PdfProblem = 'encrypted' | 'no-text' | 'broken'

/** A PDF that yields no text: locked by a password, pictures of pages only, or damaged. */
export class PdfError extends InputError {
  constructor(
    readonly problem: PdfProblem,
    messages: {ja: string; en: string}
  ) {
    super('unreadable', messages)
  }
}

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // pdf.js takes ownership of (and detaches) the buffer it is given; give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(packageDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(packageDir, 'standard_fonts') + '/',
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false
  })
  let document: Awaited<typeof task.promise>
  try {
    document = await task.promise
  } catch (error) {
    await task.destroy()
    throw (error as Error).name === 'PasswordException' ? encrypted() : broken(error)
  }
  try {
    const pages = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const [left, bottom, , top] = page.view
      const content = await page.getTextContent()
      const items: Glyphs[] = []
      for (const item of content.items) {
        if (!('str' in item)) continue
        const [, , c, d, e, f] = item.transform as number[]
        items.push({str: item.str, x: e - left, y: top - f, width: item.width, size: Math.hypot(c, d)})
      }
      pages.push({height: top - bottom, lines: pageLines(items)})
      page.cleanup()
    }
    const text = assemble(pages)
    if (text.text.trim() === '') throw noText(document.numPages)
    return text
  } catch (error) {
    if (error instanceof PdfError) throw error
    throw broken(error)
  } finally {
    await document.destroy()
  }
}

function encrypted(): PdfError {
  return new PdfError('encrypted', {
    ja: 'パスワードで保護された PDF です。保護を解除した PDF を渡してください',
    en: 'the PDF is protected by a password; pass an unprotected copy'
  })
}

function noText(pages: number): PdfError {
  return new PdfError('no-text', {
    ja: `PDF に文字のデータがありません（${pages} ページとも画像だけです）。OCR で文字を付けてから渡してください`,
    en: `the PDF has no text layer (its ${pages} page${pages === 1 ? ' is' : 's are'} images only); run OCR on it first`
  })
}

function broken(error: unknown): PdfError {
  const detail = error instanceof Error ? error.message : String(error)
  return new PdfError('broken', {
    ja: `PDF が壊れていて読めません（${detail}）`,
    en: `the PDF is damaged and cannot be read (${detail})`
  })
}
