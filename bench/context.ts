// What every bench module gets: the inputs (corpus, e-Gov statutes) and a timer that
// reports throughput as the median of several samples taken after a warm-up.
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {listDocuments} from '../src/cli/documents.js'
import {decode} from '../src/parse/decode.js'
import {displayWidth} from '../src/render/stylish.js'

export interface BenchInput {
  path: string
  /** size in bytes as stored (UTF-8), which is what MB/s counts */
  size: number
  text: string
}

export interface Measurement {
  /** MB (10^6 bytes of input) per second, median over the samples */
  mbPerSecond: number
  /** milliseconds for one pass over all inputs, median */
  ms: number
  samples: number
}

export interface BenchContext {
  /** the repository root */
  root: string
  /** the documents under corpus/ */
  corpus(): Promise<BenchInput[]>
  /** ../shared/egov-laws/*.EXT, or undefined (with a printed notice) when the folder is absent */
  laws(extension: 'txt' | 'lawtext'): Promise<BenchInput[] | undefined>
  /** times `pass` (one run over all `inputs`) and returns its throughput */
  measure(inputs: BenchInput[], pass: (inputs: BenchInput[]) => unknown): Measurement
  /** the same for a pass that returns a promise (awaited inside the timing) */
  measureAsync(inputs: BenchInput[], pass: (inputs: BenchInput[]) => Promise<unknown>): Promise<Measurement>
  /** prints rows as aligned columns */
  table(rows: string[][]): void
}

const samples = 9
const warmUpMs = 300
const sampleMs = 100

// Results land here so the engine cannot drop a pass whose result is unused.
export let sink: unknown

export function createContext(): BenchContext {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const load = async (paths: string[]): Promise<BenchInput[]> =>
    Promise.all(
      paths.map(async (path) => {
        const bytes = await readFile(path)
        return {path, size: bytes.length, text: decode(bytes).text}
      })
    )
  return {
    root,
    corpus: async () => load(await listDocuments(join(root, 'corpus'))),
    async laws(extension) {
      const dir = join(root, '..', 'shared', 'egov-laws')
      const names = await readdir(dir).catch(() => undefined)
      if (!names) {
        console.log(`(skipped: ${dir} is absent)`)
        return undefined
      }
      return load(names.filter((name) => name.endsWith('.' + extension)).sort().map((name) => join(dir, name)))
    },
    measure(inputs, pass) {
      const steps = plan()
      let step = steps.next()
      while (!step.done) {
        const t0 = performance.now()
        for (let r = 0; r < step.value; r++) sink = pass(inputs)
        step = steps.next(performance.now() - t0)
      }
      return measurement(inputs, step.value)
    },
    async measureAsync(inputs, pass) {
      const steps = plan()
      let step = steps.next()
      while (!step.done) {
        const t0 = performance.now()
        for (let r = 0; r < step.value; r++) sink = await pass(inputs)
        step = steps.next(performance.now() - t0)
      }
      return measurement(inputs, step.value)
    },
    table(rows) {
      const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))))
      for (const row of rows) {
        console.log(row.map((cell, column) => (column === 0 ? cell + ' '.repeat(widths[column] - displayWidth(cell)) : ' '.repeat(widths[column] - displayWidth(cell)) + cell)).join('  '))
      }
    }
  }
}

/**
 * When to time what, for both measure and measureAsync: yields how many passes to run next,
 * is sent how long they took (ms), and returns the time of one pass in each sample.
 */
function* plan(): Generator<number, number[], number> {
  // Warm up until the optimising compiler has seen the code, and learn how long a pass takes.
  let runs = 0
  let warm = 0
  while (runs < 3 || warm < warmUpMs) {
    warm += yield 1
    runs++
  }
  const repeat = Math.max(1, Math.ceil(sampleMs / (warm / runs)))
  const times: number[] = []
  for (let s = 0; s < samples; s++) times.push((yield repeat) / repeat)
  return times
}

function measurement(inputs: BenchInput[], times: number[]): Measurement {
  const bytes = inputs.reduce((sum, input) => sum + input.size, 0)
  const ms = median(times)
  return {mbPerSecond: bytes / 1e6 / (ms / 1000), ms, samples: times.length}
}

export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]
}

// ——— growth with size ———

/** One size of a scaling series: the work's CPU time and the baseline's, both the least of their runs. */
export interface ScalePoint {
  /** input bytes (UTF-8) */
  bytes: number
  ms: number
  baselineMs: number
}

/** CPU time of this process so far (user + system, ms): what other processes on a loaded machine change least. */
function cpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/**
 * The exponent of time against size: the least-squares slope of log(ms) over log(bytes).
 * 1 is linear, 2 quadratic; a lookup that scans everything once per match shows above 1.
 */
export function exponent(points: Array<{bytes: number; ms: number}>): number {
  const xs = points.map((p) => Math.log(p.bytes))
  const ys = points.map((p) => Math.log(p.ms))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my)
    den += (xs[i] - mx) ** 2
  }
  return num / den
}

/** The most an exponent may be: growth this close to linear is linear plus noise. */
export const maxExponent = 1.15

/**
 * Times `work` and `baseline` on inputs made at each size (interleaved, the least CPU time
 * of 3 runs each, 2 above 4 MB), prints the rows and the exponents, and returns them. CPU
 * time rather than wall time, so that other processes on a shared machine do not bend the
 * curve; the ratio to the baseline shows what the work adds over merely reading the input.
 */
export async function scaling<T>(
  name: string,
  sizes: number[],
  make: (bytes: number) => T,
  work: (input: T) => unknown,
  baseline: (input: T) => unknown,
  bytesOf: (input: T) => number
): Promise<{exponent: number; relative: number; points: ScalePoint[]}> {
  const points: ScalePoint[] = []
  const time = async (run: () => unknown) => {
    const t0 = cpuMs()
    sink = await run()
    return cpuMs() - t0
  }
  for (const size of sizes) {
    const input = make(size)
    const runs = size <= 4e6 ? 3 : 2
    let ms = Infinity
    let baselineMs = Infinity
    for (let r = 0; r < runs; r++) {
      baselineMs = Math.min(baselineMs, await time(() => baseline(input)))
      ms = Math.min(ms, await time(() => work(input)))
    }
    points.push({bytes: bytesOf(input), ms, baselineMs})
  }
  const raw = exponent(points)
  const relative = exponent(points.map((p) => ({bytes: p.bytes, ms: p.ms / p.baselineMs})))
  const rows = [['MB', `${name} CPU ms`, 'MB/s', 'baseline CPU ms', `${name}/baseline`]]
  for (const p of points) rows.push([(p.bytes / 1e6).toFixed(2), p.ms.toFixed(0), (p.bytes / 1e6 / (p.ms / 1000)).toFixed(2), p.baselineMs.toFixed(1), (p.ms / p.baselineMs).toFixed(1)])
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)))
  for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c])).join('  '))
  const verdict = (value: number) => (value <= maxExponent ? 'ok' : `OVER ${maxExponent}`)
  console.log(`exponent (log-log slope of CPU time over size): ${name} ${raw.toFixed(2)} (${verdict(raw)}); slope of ${name}/baseline ${relative.toFixed(2)}`)
  return {exponent: raw, relative, points}
}

/** Sizes for the scaling series: from 1.25 MB doubling up to `largest` (20 MB unless BENCH_MAX_MB says less). */
export function scaleSizes(largest = Number(process.env.BENCH_MAX_MB ?? 20) * 1e6): number[] {
  const sizes: number[] = []
  for (let size = 1.25e6; size <= largest * 1.0001; size *= 2) sizes.push(size)
  return sizes
}

/**
 * A terms document of about `bytes` UTF-8 bytes written for the bench: chapters of articles
 * with captions, paragraphs, items, and references of every kind (第N条（caption）, 前項,
 * 同条, 次号, 前各号, 別表第1) — and every so often one paragraph citing fifty articles on
 * one line. `inserted` puts a new article at the top and renumbers every article and every
 * reference after it, as an amendment does; `citeEvery` says how many articles in a row
 * share one that cites others by number (the rest cite only by 前項, 同条, 前各号).
 */
export function syntheticDocument(bytes: number, {inserted = false, citeEvery = 1}: {inserted?: boolean; citeEvery?: number} = {}): string {
  const parts: string[] = ['# ベンチ用サービス約款\n\n']
  let size = 30
  const shift = inserted ? 1 : 0
  if (inserted) parts.push('第1条（新設の規定）\n当社は、この約款に新たな規定を設けます。\n\n')
  for (let k = 1, chapter = 1; size < bytes; k++) {
    const n = k + shift
    let article = ''
    if (k % 40 === 1) article += `## 第${chapter++}章　第${chapter}群の規定\n\n`
    article += `第${n}条（第${k}の事項）\n`
    const cites = k % citeEvery === 0
    article += cites ? `利用者は、第${n + 1}条（第${k + 1}の事項）に定める手続に従い、申込みを行うものとします。\n` : '利用者は、この条に定める手続に従い、申込みを行うものとします。\n'
    article += `２　前項の申込みがあったときは、当社は同条第1項の定めにより審査します。\n`
    article += `３　当社は、次の各号のいずれかに該当するときは、前2項の申込みを承諾しないことがあります。\n`
    article += `一　${cites ? `第${Math.max(1 + shift, n - 3)}条第2項` : '前項'}に違反したとき\n二　前号のほか、別表第1に掲げる事由があるとき\n三　前各号に準ずるとき\n`
    if (k % (100 * citeEvery) === 50) {
      const cited = Array.from({length: 50}, (_, i) => `第${Math.max(1, n - 1 - i)}条`)
      article += `４　${cited.join('、')}及び前条の規定は、この条について準用します。\n`
    }
    article += '\n'
    parts.push(article)
    size += Buffer.byteLength(article)
  }
  parts.push('別表第1（承諾しない事由）\n| 区分 | 事由 |\n| --- | --- |\n| 一 | 料金の支払を怠ったとき |\n')
  return parts.join('')
}

/** One article citing articles by number, 第1条 to 第50条 over and over, on a single line of about `bytes`. */
export function referenceLine(bytes: number): string {
  const head = Array.from({length: 50}, (_, k) => `第${k + 1}条（第${k + 1}の事項）\n本文です。\n`).join('\n') + '\n第51条（準用）\n'
  const cites: string[] = []
  let size = Buffer.byteLength(head)
  for (let k = 0; size < bytes; k++) {
    const cite = `第${(k % 50) + 1}条、前条及び`
    cites.push(cite)
    size += Buffer.byteLength(cite)
  }
  return head + cites.join('') + '第1条の規定を準用します。\n'
}

/** The least work any line-based reader does: split into lines and test each against one clause-head pattern. */
export function lineBaseline(text: string): number {
  let heads = 0
  for (const line of text.split(/\r\n|\r|\n/)) if (/^[\s\u3000]*(?:第[\s\u3000]*[0-9０-９一二三四五六七八九十百千]+[\s\u3000]*[条章節]|[0-9０-９]+[\s\u3000]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[①-⑳一二三四五六七八九十イロハニホヘト][\s\u3000])/.test(line)) heads++
  return heads
}
