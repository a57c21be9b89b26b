// Rewrite throughput on a large synthetic upstream (the upstream stand-ins of the corpus,
// repeated past 5 MB) with the seed's own 読替え表, against a naive baseline measured in the
// same run: NFKC over the text, then one String.prototype.replaceAll per row. The baseline is
// also wrong (it misses a name the table spells with spaces where the text has none, and
// re-reads replacements whose right side contains a left side); its substitution count shows how much.
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parse} from '../src/parse/index.js'
import {compileMatcher, readingTableFromTree, rewriteText, type ReadingRow} from '../src/rewrite/index.js'
import type {BenchContext, BenchInput} from './context.js'

const targetBytes = 5 * 1024 * 1024

function naive(rows: ReadingRow[], text: string, count?: {n: number}): string {
  let out = text.normalize('NFKC')
  for (const row of rows) {
    const left = row.upstream.normalize('NFKC')
    out = count ? out.replaceAll(left, () => (count.n++, row.effective)) : out.replaceAll(left, row.effective)
  }
  return out
}

export async function run(context: BenchContext): Promise<void> {
  const seed = parse(await readFile(join(context.root, 'corpus/usen-gate02-secure-mx/2024-10-30.md'), 'utf8')).tree
  const rows = readingTableFromTree(seed)!.rows
  const upstreams = (await context.corpus()).filter((input) => /[\\/]corpus[\\/]upstream[\\/]/.test(input.path))
  const unit = upstreams.map((input) => input.text).join('\n')
  const copies = Math.ceil(targetBytes / Buffer.byteLength(unit))
  const text = Array.from({length: copies}, () => unit).join('\n')
  const input: BenchInput = {path: 'synthetic', size: Buffer.byteLength(text), text}

  const matcher = compileMatcher(rows)
  const ours = context.measure([input], ([i]) => rewriteText(matcher, i.text).output.length)
  const baseline = context.measure([input], ([i]) => naive(rows, i.text).length)
  const substitutions = rewriteText(matcher, text).replacements.length
  const naiveCount = {n: 0}
  naive(rows, text, naiveCount)

  console.log(`synthetic upstream: ${upstreams.length} stand-ins × ${copies} = ${(input.size / 1e6).toFixed(2)} MB; reading table: ${rows.length} rows (the seed's 別紙)`)
  console.log('rewrite: rewriteText = leftmost-longest trie over the compact view + output + idempotence check (a second pass)')
  console.log('baseline: NFKC, then one String.prototype.replaceAll per row')
  context.table([
    ['method', 'MB/s', 'ms', 'substitutions'],
    ['rewrite', ours.mbPerSecond.toFixed(1), ours.ms.toFixed(1), String(substitutions)],
    ['naive replaceAll', baseline.mbPerSecond.toFixed(1), baseline.ms.toFixed(1), String(naiveCount.n)],
    ['rewrite/naive', (ours.mbPerSecond / baseline.mbPerSecond).toFixed(2), '', '']
  ])
}
