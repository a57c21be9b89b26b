// `yakkan check`: throughput of parse + every rule on the corpus and the e-Gov statutes,
// against parsing alone in the same run (what the rules add), and the wall time of
// `yakkan check SEED` as a process against `node -e 0` (bare Node start-up), interleaved
// so both see the same machine load. Target: under 3× bare start-up.
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {checkDocument} from '../src/check/index.js'
import {parse} from '../src/parse/index.js'
import {median, referenceLine, scaleSizes, scaling, syntheticDocument, type BenchContext, type BenchInput} from './context.js'
import {parseAll} from './parse.js'

async function checkText(text: string): Promise<number> {
  const {tree, file} = parse(text)
  return (await checkDocument(tree, file)).length
}

async function checkAll(inputs: BenchInput[]): Promise<number> {
  let findings = 0
  for (const input of inputs) {
    const {tree, file} = parse(input.text)
    findings += (await checkDocument(tree, file)).length
  }
  return findings
}

function wallMs(args: string[], cwd: string): number {
  const t0 = performance.now()
  const result = spawnSync(process.execPath, args, {cwd, stdio: 'ignore'})
  const ms = performance.now() - t0
  if (result.status !== 0 && result.status !== 1) throw new Error(`bench: node ${args.join(' ')} exited with ${result.status}`)
  return ms
}

export async function run(context: BenchContext): Promise<void> {
  const sets: Array<[string, BenchInput[] | undefined]> = [
    ['corpus/', await context.corpus()],
    ['egov-laws/*.txt', await context.laws('txt')]
  ]
  const rows = [['set', 'files', 'MB', 'check MB/s', 'parse MB/s', 'check/parse']]
  for (const [name, inputs] of sets) {
    if (!inputs) continue
    const checked = (await context.measureAsync(inputs, checkAll)).mbPerSecond
    const parsed = context.measure(inputs, parseAll).mbPerSecond
    const megabytes = inputs.reduce((sum, input) => sum + input.size, 0) / 1e6
    rows.push([name, String(inputs.length), megabytes.toFixed(3), checked.toFixed(1), parsed.toFixed(1), (checked / parsed).toFixed(3)])
  }
  console.log('check throughput: parse + every rule (no --upstream), on decoded text; MB = 10^6 bytes of UTF-8 input; median of 9 samples after warm-up')
  context.table(rows)

  const seed = join('corpus', 'usen-gate02-secure-mx', '2024-10-30.md')
  const cli = join('dist', 'src', 'cli.js')
  const bare: number[] = []
  const check: number[] = []
  wallMs([cli, 'check', seed], context.root)
  for (let i = 0; i < 11; i++) {
    bare.push(wallMs(['-e', '0'], context.root))
    check.push(wallMs([cli, 'check', seed], context.root))
  }
  console.log(`\nstart-up: wall time of a process, median of 11, interleaved`)
  context.table([
    ['process', 'ms', '× node -e 0'],
    ['node -e 0', median(bare).toFixed(1), '1.00'],
    [`yakkan check ${seed}`, median(check).toFixed(1), (median(check) / median(bare)).toFixed(2)]
  ])

  console.log('\ncheck (parse + every rule) time against size, least CPU time of 3 runs (2 above 4 MB); baseline: parse alone')
  const parseOnly = (text: string) => parse(text).tree.children.length
  const bytes = (text: string) => Buffer.byteLength(text)
  console.log('a synthetic document (bench/context.ts):')
  await scaling('check', scaleSizes(), (size) => syntheticDocument(size), checkText, parseOnly, bytes)
  console.log('every reference on one line (第1条、前条及び… repeated):')
  await scaling('check', scaleSizes(), referenceLine, checkText, parseOnly, bytes)
}
