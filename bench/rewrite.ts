// Rewrite on large synthetic upstreams (the upstream stand-ins of the corpus repeated) with
// the seed's own 読替え表, against a naive baseline measured in the same run: NFKC over the
// text, then one String.prototype.replaceAll per row. The baseline is also wrong (it misses
// a name the table spells with spaces where the text has none, and re-reads replacements
// whose right side contains a left side); its substitution count shows how much.
//
// Three figures: the matcher alone; the whole `yakkan rewrite` as a process (read, parse,
// rewrite, report, Markdown, write) against the naive script as a process, on ≥ 5 MB; and
// the exponent of the whole rewrite's time against size from 15 KB to 4 MB (1 = linear).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from '../src/parse/index.js'
import {renderEffectiveMarkdown} from '../src/render/effective-md.js'
import {buildEffective, compileMatcher, readingTableFromTree, rewriteText, type ReadingRow} from '../src/rewrite/index.js'
import {median, type BenchContext, type BenchInput} from './context.js'

const targetBytes = 5 * 1024 * 1024
const sizes = [15e3, 60e3, 250e3, 1e6, 4e6]

function naive(rows: ReadingRow[], text: string, count?: {n: number}): string {
  let out = text.normalize('NFKC')
  for (const row of rows) {
    const left = row.upstream.normalize('NFKC')
    out = count ? out.replaceAll(left, () => (count.n++, row.effective)) : out.replaceAll(left, row.effective)
  }
  return out
}

// The same baseline as a script of its own: read the upstream, rewrite, write.
const naiveScript = `import {readFileSync, writeFileSync} from 'node:fs'
const rows = JSON.parse(readFileSync(process.argv[2], 'utf8'))
let out = readFileSync(process.argv[3], 'utf8').normalize('NFKC')
for (const [left, right] of rows) out = out.replaceAll(left.normalize('NFKC'), right)
writeFileSync(process.argv[4], out)
`

/** The 個別規程 stand-in first, so the repeated text keeps its title and the seed's exclusions resolve in it. */
function repeated(unit: string, bytes: number): string {
  const copies = Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit)))
  return Array.from({length: copies}, () => unit).join('\n')
}

function wallMs(command: string, args: string[]): number {
  const t0 = performance.now()
  const run = spawnSync(command, args, {stdio: ['ignore', 'ignore', 'pipe']})
  const ms = performance.now() - t0
  if (run.status !== 0) throw new Error(`${args.join(' ')}: exit ${run.status}: ${run.stderr.toString()}`)
  return ms
}

export async function run(context: BenchContext): Promise<void> {
  const resellerPath = join(context.root, 'corpus/usen-gate02-secure-mx/2024-10-30.md')
  const resellerText = await readFile(resellerPath, 'utf8')
  const seed = parse(resellerText).tree
  const rows = readingTableFromTree(seed)!.rows
  const parts = ['corpus/upstream/iij-secure-mx.md', 'corpus/upstream/iij-general.md']
  const unit = (await Promise.all(parts.map((path) => readFile(join(context.root, path), 'utf8')))).join('\n')
  const text = repeated(unit, targetBytes)
  const input: BenchInput = {path: 'synthetic', size: Buffer.byteLength(text), text}

  const matcher = compileMatcher(rows)
  const ours = context.measure([input], ([i]) => rewriteText(matcher, i.text).output.length)
  const baseline = context.measure([input], ([i]) => naive(rows, i.text).length)
  const substitutions = rewriteText(matcher, text).replacements.length
  const naiveCount = {n: 0}
  naive(rows, text, naiveCount)

  console.log(`synthetic upstream: ${parts.length} stand-ins × ${Math.ceil(targetBytes / Buffer.byteLength(unit))} = ${(input.size / 1e6).toFixed(2)} MB; reading table: ${rows.length} rows (the seed's 別紙)`)
  console.log('matcher: rewriteText = leftmost-longest trie over the compact view + output + idempotence check (a second pass)')
  console.log('baseline: NFKC, then one String.prototype.replaceAll per row')
  context.table([
    ['method', 'MB/s', 'ms', 'substitutions'],
    ['rewriteText', ours.mbPerSecond.toFixed(1), ours.ms.toFixed(1), String(substitutions)],
    ['naive replaceAll', baseline.mbPerSecond.toFixed(1), baseline.ms.toFixed(1), String(naiveCount.n)],
    ['rewriteText/naive', (ours.mbPerSecond / baseline.mbPerSecond).toFixed(2), '', '']
  ])

  // The whole command against the naive script, each as a process, median of 3.
  const dir = mkdtempSync(join(tmpdir(), 'yakkan-bench-rewrite-'))
  try {
    const upstreamPath = join(dir, 'iij-secure-mx.md')
    writeFileSync(upstreamPath, text)
    writeFileSync(join(dir, 'rows.json'), JSON.stringify(rows.map((row) => [row.upstream, row.effective])))
    writeFileSync(join(dir, 'naive.mjs'), naiveScript)
    const cli = join(context.root, 'dist/src/cli.js')
    const whole = median([0, 1, 2].map(() => wallMs(process.execPath, [cli, 'rewrite', '--reseller', resellerPath, '--upstream', upstreamPath, '-o', join(dir, 'effective.md')])))
    const script = median([0, 1, 2].map(() => wallMs(process.execPath, [join(dir, 'naive.mjs'), join(dir, 'rows.json'), upstreamPath, join(dir, 'naive.md')])))
    console.log(`\nwhole command on ${(input.size / 1e6).toFixed(2)} MB (wall time, median of 3 processes):`)
    context.table([
      ['process', 'ms'],
      ['yakkan rewrite … -o', whole.toFixed(0)],
      ['naive script', script.toFixed(0)],
      ['yakkan/naive', (whole / script).toFixed(2)]
    ])
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }

  // Time against size, in process: parse both documents, build the effective terms and the
  // report, write the Markdown. The exponent is the least-squares slope of log time on log size.
  const points: Array<[number, number]> = []
  const lines = [['size', 'ms', 'MB/s']]
  for (const size of sizes) {
    const upstreamText = repeated(unit, size)
    const bytes = Buffer.byteLength(upstreamText)
    const pass = () => {
      const reseller = {tree: parse(resellerText).tree, path: 'reseller.md'}
      const upstream = {tree: parse(upstreamText).tree, path: 'iij-secure-mx.md'}
      return renderEffectiveMarkdown(buildEffective(reseller, [upstream]), {lang: 'ja'}).length
    }
    pass()
    const times: number[] = []
    let spent = 0
    while (times.length < 3 || (spent < 300 && times.length < 50)) {
      const t0 = performance.now()
      pass()
      const ms = performance.now() - t0
      times.push(ms)
      spent += ms
    }
    const ms = median(times)
    points.push([Math.log(bytes), Math.log(ms)])
    lines.push([`${(bytes / 1e3).toFixed(0)} KB`, ms.toFixed(1), (bytes / 1e6 / (ms / 1000)).toFixed(2)])
  }
  console.log('\nwhole rewrite in process (parse + effective terms + report + Markdown), by upstream size:')
  context.table(lines)
  console.log(`time-vs-size exponent of rewrite, ${lines[1][0]} to ${lines[lines.length - 1][0]}: ${slope(points).toFixed(3)} (1 = linear; the bound is 1.15)`)
}

function slope(points: Array<[number, number]>): number {
  const n = points.length
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n
  const sxy = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0)
  const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0)
  return sxy / sxx
}
