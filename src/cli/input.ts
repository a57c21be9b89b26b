// Reading a document named on the command line (a path, or `-` for standard input)
// and decoding it; every way this can fail ends in an InputError.
import {readFile, stat} from 'node:fs/promises'
import {InvalidArgumentError} from 'commander'
import {InputError, type Decoded} from '../parse/decode.js'
import {decodeWithin, tooLarge} from './size.js'
import {isPdf} from '../pdf/detect.js'
import type {PdfText} from '../pdf/types.js'
import type {Lang} from './lang.js'

export interface Input extends Decoded {
  /** as given on the command line; `-` for standard input */
  path: string
  /** size in bytes before decoding */
  size: number
  /** for a PDF: the pages and points of the extracted text's lines */
  pdf?: PdfText
}

export async function readDocument(source: string, maxBytes: number): Promise<Input> {
  try {
    const bytes = source === '-' ? await readStdin(maxBytes) : await readPath(source, maxBytes)
    if (isPdf(bytes)) return {path: source, size: bytes.length, ...(await readPdfInput(bytes))}
    return {path: source, size: bytes.length, ...decodeWithin(bytes, maxBytes)}
  } catch (error) {
    if (error instanceof InputError) error.path = source
    throw error
  }
}

/** A PDF's extracted text stands for the decoded text; pdf.js is loaded only here. */
async function readPdfInput(bytes: Uint8Array): Promise<Decoded & {pdf: PdfText}> {
  const pdf = await (await import('../pdf/read.js')).readPdf(bytes)
  return {text: pdf.text, encoding: 'utf-8', bom: false, newline: 'lf', pdf}
}

async function readPath(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      throw new InputError('directory', {
        ja: 'ディレクトリです。ファイルを指定してください',
        en: 'is a directory; name a file'
      })
    }
    // Refuse before reading, so a huge file is never loaded.
    if (info.size > maxBytes) throw tooLarge(maxBytes, info.size)
    return await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new InputError('missing', {ja: 'ファイルが見つかりません', en: 'no such file'})
    }
    throw new InputError('unreadable', {
      ja: `読み込めません（${code ?? (error as Error).message}）`,
      en: `cannot read it (${code ?? (error as Error).message})`
    })
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > maxBytes) {
      process.stdin.destroy()
      throw tooLarge(maxBytes)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

const units: Record<string, number> = {'': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3}

/** Reads a `--max-size` value: 1048576, 500KB, 10MB, 1.5m (binary units, case-insensitive). */
export function parseSize(value: string, lang: Lang): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const unit = match ? units[match[2].toLowerCase()] : undefined
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new InvalidArgumentError(
      lang === 'ja'
        ? '正の数に単位（KB, MB, GB）を付けて指定してください（例: 20MB）'
        : 'give a positive number with an optional unit KB, MB or GB (e.g. 20MB)'
    )
  }
  return Math.floor(Number(match[1]) * unit)
}
