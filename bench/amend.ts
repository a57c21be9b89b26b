// `yakkan amend` on the corpus versions (2024-10-30 → 2025-04-01) beside `yakkan diff` of the
// same pair, as processes (wall time, both loading kuromoji) and in-process with the tokenizer
// loaded (the work itself: writing the 改め文 and proving it by applying it, against aligning
// and classifying for the 新旧対照表). `--apply` of the written amendment is timed too.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {amendDocuments, amendmentText} from '../src/amend/index.js'
import {diffDocuments, kuromojiTokenizer} from '../src/diff/index.js'
import {parse} from '../src/parse/index.js'
import {median, type BenchContext} from './context.js'

const runs = 5

function wall(args: string[], cwd: string): number {
  spawnSync(process.execPath, args, {cwd}) // warm the file cache
  const samples = Array.from({length: runs}, () => {
    const t0 = performance.now()
    const child = spawnSync(process.execPath, args, {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`)
    return performance.now() - t0
  })
  return median(samples)
}

export async function run(context: BenchContext): Promise<void> {
  const cli = join(context.root, 'dist', 'src', 'cli.js')
  const seed = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
  const later = 'corpus/usen-gate02-secure-mx/2025-04-01.md'
  const a = readFileSync(join(context.root, seed), 'utf8')
  const b = readFileSync(join(context.root, later), 'utf8')
  const tokenizer = await kuromojiTokenizer()
  const amendment = await amendDocuments(parse(a).tree, parse(b).tree, {tokenizer})
  const file = join(mkdtempSync(join(tmpdir(), 'yakkan-bench-')), 'amendment.txt')
  writeFileSync(file, amendmentText(amendment.sentences))

  const amendMs = wall([cli, 'amend', seed, later], context.root)
  const diffMs = wall([cli, 'diff', seed, later], context.root)
  const applyMs = wall([cli, 'amend', '--apply', seed, file], context.root)
  const bareMs = wall(['-e', '0'], context.root)

  const inProcess = async (work: () => Promise<unknown>) => {
    const times = []
    for (let k = 0; k <= runs * 2; k++) {
      const t0 = performance.now()
      await work()
      times.push(performance.now() - t0)
    }
    return {first: times[0], median: median(times.slice(1))}
  }
  const amendWork = await inProcess(() => amendDocuments(parse(a).tree, parse(b).tree, {tokenizer}))
  const diffWork = await inProcess(() => diffDocuments(parse(a).tree, parse(b).tree, {tokenizer}))

  console.log(`the corpus pair, ${amendment.sentences.length} sentences; processes: median of ${runs} runs after one warm-up`)
  context.table([
    ['run', 'wall ms', 'ratio to diff'],
    ['yakkan amend 2024-10-30 2025-04-01', amendMs.toFixed(0), (amendMs / diffMs).toFixed(2)],
    ['yakkan diff 2024-10-30 2025-04-01 (baseline)', diffMs.toFixed(0), '1.00'],
    ['yakkan amend --apply 2024-10-30 amendment', applyMs.toFixed(0), (applyMs / diffMs).toFixed(2)],
    ['node -e 0 (start-up)', bareMs.toFixed(0), (bareMs / diffMs).toFixed(2)]
  ])
  console.log(
    `in-process, tokenizer loaded, parse both included: amend (write + prove) median ${amendWork.median.toFixed(1)} ms, diff median ${diffWork.median.toFixed(1)} ms, ratio ${(amendWork.median / diffWork.median).toFixed(2)}`
  )
}
