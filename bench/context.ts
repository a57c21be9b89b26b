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
