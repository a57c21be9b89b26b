// PDF reading throughput on the ministry's published PDF (../shared/real-pdf), beside
// poppler's pdftotext on the same file in the same run: MB of PDF per second and pages per
// second, for the text alone (readPdf) and for the text parsed into the clause tree.
import {spawnSync} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parse} from '../src/parse/index.js'
import {readPdf} from '../src/pdf/index.js'
import type {BenchContext, BenchInput} from './context.js'

export async function run(context: BenchContext): Promise<void> {
  const path = join(context.root, '..', 'shared', 'real-pdf', 'mlit-r7-standard-rules.pdf')
  const bytes = await readFile(path).catch(() => undefined)
  if (!bytes) return console.log(`(skipped: ${path} is absent)`)
  const inputs: BenchInput[] = [{path, size: bytes.length, text: ''}]
  const pages = (await readPdf(bytes)).pages
  const rows = [['reader', 'MB/s', 'pages/s', 'ms/pass', 'vs pdftotext']]
  const read = await context.measureAsync(inputs, () => readPdf(bytes))
  const parsed = await context.measureAsync(inputs, async () => parse((await readPdf(bytes)).text).tree)
  const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0
  const poppler = hasPoppler ? context.measure(inputs, () => spawnSync('pdftotext', ['-q', path, '-']).stdout.length) : undefined
  const row = (name: string, m: typeof read) => [
    name,
    m.mbPerSecond.toFixed(2),
    (pages / (m.ms / 1000)).toFixed(1),
    m.ms.toFixed(0),
    poppler ? (m.mbPerSecond / poppler.mbPerSecond).toFixed(3) : '—'
  ]
  rows.push(row('readPdf (pdf.js)', read), row('readPdf + parse', parsed))
  if (poppler) rows.push(row('pdftotext (poppler, a process per pass)', poppler))
  else console.log('(pdftotext absent: apt-get install poppler-utils)')
  console.log(`PDF read: ${(bytes.length / 1e6).toFixed(2)} MB, ${pages} pages; median of 9 samples after warm-up`)
  context.table(rows)
}
