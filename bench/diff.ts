// `yakkan diff` on the corpus versions (2024-10-30 → 2025-04-01) as a process: wall time
// and peak memory, split into kuromoji's dictionary load and the rest; then the start-up
// figures (startUp below): the seed-pair diff against `node -e 0` measured in the same run
// (target: within 5× its wall and under 200 MB peak), with the dictionary cache warm, cold,
// and unusable.
// Baselines in the same run: bare `node -e 0`, the same command on a pair that needs no
// tokenizer, and jsdiff's diffChars over the two whole texts in-process.
// The work itself (parse, diff, render; tokenizer loaded) is also timed in-process.
// Peak memory at size (peakMemory below): `yakkan diff` as a process on two versions of
// about 10 MB each, made from the corpus pair, as a multiple of the input bytes (target: under 40×).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {diffChars} from 'diff'
import {diffDocuments, kuromojiTokenizer} from '../src/diff/index.js'
import {parse} from '../src/parse/index.js'
import {renderDiffText} from '../src/render/diff-text.js'
import {median, scaleSizes, scaling, syntheticDocument, type BenchContext} from './context.js'

const runs = 7

interface ProcessRun {
  wallMs: number
  tokenizerLoadMs: number
  cpuMs: number
  maxRssKb: number
}

function runProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): ProcessRun {
  const t0 = performance.now()
  const child = spawnSync(process.execPath, args, {cwd, env: {...env, YAKKAN_PROFILE: '1'}, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  const wallMs = performance.now() - t0
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} failed: ${child.stderr}`)
  const profile = child.stderr.trim().split('\n').pop() ?? ''
  const parsed = profile.startsWith('{') ? (JSON.parse(profile) as Omit<ProcessRun, 'wallMs'>) : {tokenizerLoadMs: 0, cpuMs: 0, maxRssKb: 0}
  return {wallMs, ...parsed}
}


function series(args: string[], cwd: string): {wall: number; load: number; rest: number; cpu: number; rssMb: number} {
  runProcess(args, cwd) // warm the file cache
  const samples = Array.from({length: runs}, () => runProcess(args, cwd))
  return {
    wall: median(samples.map((s) => s.wallMs)),
    load: median(samples.map((s) => s.tokenizerLoadMs)),
    rest: median(samples.map((s) => s.wallMs - s.tokenizerLoadMs)),
    cpu: median(samples.map((s) => s.cpuMs)),
    rssMb: Math.max(...samples.map((s) => s.maxRssKb)) / 1024
  }
}

export async function run(context: BenchContext): Promise<void> {
  const cli = join(context.root, 'dist', 'src', 'cli.js')
  const seed = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
  const later = 'corpus/usen-gate02-secure-mx/2025-04-01.md'
  const diff = series([cli, 'diff', seed, later], context.root)
  const html = series([cli, 'diff', seed, later, '--format', 'html'], context.root)
  const same = series([cli, 'diff', seed, seed], context.root)
  const bare = series(['-e', "const u = process.resourceUsage(); process.stderr.write(JSON.stringify({tokenizerLoadMs: 0, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS}) + '\\n')"], context.root)

  const a = readFileSync(join(context.root, seed), 'utf8')
  const b = readFileSync(join(context.root, later), 'utf8')
  const chars = Array.from({length: runs}, () => {
    const t0 = performance.now()
    const parts = diffChars(a, b)
    return {ms: performance.now() - t0, parts: parts.length}
  })
  const heapBefore = process.memoryUsage().heapUsed
  const kept = diffChars(a, b)
  const heapMb = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024

  console.log(`yakkan diff as a process, median of ${runs} runs after one warm-up; "rest" = wall time − kuromoji dictionary load`)
  const row = (name: string, r: typeof diff) => [name, r.wall.toFixed(0), r.load > 0 ? r.load.toFixed(0) : '—', r.rest.toFixed(0), r.cpu.toFixed(0), r.rssMb.toFixed(0)]
  context.table([
    ['run', 'wall ms', 'tokenizer load ms', 'rest ms', 'CPU ms', 'peak RSS MB'],
    row('yakkan diff 2024-10-30 2025-04-01', diff),
    row('  … --format html', html),
    row('yakkan diff 2024-10-30 2024-10-30 (no tokenizer)', same),
    row('node -e 0 (start-up baseline)', bare)
  ])
  // In-process: the first run pays for compiling the code, later runs show the work itself.
  const tokenizer = await kuromojiTokenizer()
  const work = []
  for (let k = 0; k <= runs; k++) {
    const t0 = performance.now()
    const result = await diffDocuments(parse(a).tree, parse(b).tree, {tokenizer})
    renderDiffText(result)
    work.push(performance.now() - t0)
  }
  startUp(context)
  console.log(`in-process parse both + diff + render (tokenizer loaded): first run ${work[0].toFixed(0)} ms, then median ${median(work.slice(1)).toFixed(1)} ms`)
  console.log(
    `naive baseline, in-process: jsdiff diffChars over the two whole texts (${a.length} and ${b.length} characters): ${median(chars.map((c) => c.ms)).toFixed(1)} ms, ${kept.length} runs, ~${heapMb.toFixed(1)} MB heap — no alignment, no classification`
  )

  peakMemory(context)

  console.log('\ndiff time against size (both versions together): a synthetic document against itself with an article inserted at the top,')
  console.log('every article and every reference after it renumbered (one article in 20 cites others by number); parse both + diff, tokenizer loaded;')
  console.log('least CPU time of 3 runs (2 above 4 MB); baseline: parsing both alone')
  const pair = (bytes: number) => ({a: syntheticDocument(bytes / 2, {citeEvery: 20}), b: syntheticDocument(bytes / 2, {inserted: true, citeEvery: 20})})
  await scaling(
    'diff',
    scaleSizes(),
    pair,
    async ({a, b}) => (await diffDocuments(parse(a).tree, parse(b).tree, {tokenizer})).changes.length,
    ({a, b}) => parse(a).tree.children.length + parse(b).tree.children.length,
    ({a, b}) => Buffer.byteLength(a) + Buffer.byteLength(b)
  )
}

/**
 * Start-up of `yakkan diff` on the seed pair against `node -e 0`, interleaved run by run so
 * that both see the same load: the dictionary cache warm (the usual case), cold (every run
 * inflates the package's dictionary and writes the cache) and unusable (an unwritable cache
 * directory: the package's dictionary every time). The outputs must be the same in all three.
 */
export function startUp(context: BenchContext, samples = 9): void {
  const cli = join(context.root, 'dist', 'src', 'cli.js')
  const pair = [cli, 'diff', 'corpus/usen-gate02-secure-mx/2024-10-30.md', 'corpus/usen-gate02-secure-mx/2025-04-01.md']
  const scratch = mkdtempSync(join(tmpdir(), 'yakkan-bench-'))
  const warm = {...process.env, XDG_CACHE_HOME: join(scratch, 'warm')}
  const blocked = join(scratch, 'blocked')
  writeFileSync(blocked, '')
  const unusable = {...process.env, XDG_CACHE_HOME: join(blocked, 'cache')}
  const output = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, pair, {cwd: context.root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}).stdout
  const reference = output(unusable)
  const same = output(warm) === reference && output(warm) === reference
  const runs: Record<'bare' | 'warm' | 'cold' | 'unusable', ProcessRun[]> = {bare: [], warm: [], cold: [], unusable: []}
  const bare = ['-e', "const u = process.resourceUsage(); process.stderr.write(JSON.stringify({tokenizerLoadMs: 0, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS}) + '\\n')"]
  for (let k = 0; k < samples; k++) {
    runs.bare.push(runProcess(bare, context.root))
    runs.warm.push(runProcess(pair, context.root, warm))
    const cold = join(scratch, `cold-${k}`)
    runs.cold.push(runProcess(pair, context.root, {...process.env, XDG_CACHE_HOME: cold}))
    runs.unusable.push(runProcess(pair, context.root, unusable))
  }
  rmSync(scratch, {recursive: true, force: true})
  const wall = (r: ProcessRun[]) => median(r.map((x) => x.wallMs))
  const cpu = (r: ProcessRun[]) => median(r.map((x) => x.cpuMs))
  const peak = (r: ProcessRun[]) => Math.max(...r.map((x) => x.maxRssKb)) / 1024
  const base = wall(runs.bare)
  const row = (name: string, r: ProcessRun[]) => [name, wall(r).toFixed(0), (wall(r) / base).toFixed(1) + '×', cpu(r).toFixed(0), (cpu(r) / cpu(runs.bare)).toFixed(1) + '×', peak(r).toFixed(0)]
  console.log(`\nstart-up: yakkan diff on the seed pair, median of ${samples} runs interleaved with node -e 0 (target: within 5× its wall, under 200 MB peak)`)
  context.table([
    ['run', 'wall ms', '× node', 'CPU ms', '× node CPU', 'peak RSS MB'],
    row('node -e 0', runs.bare),
    row('yakkan diff, dictionary cache warm', runs.warm),
    row('yakkan diff, cache cold (inflate + write)', runs.cold),
    row('yakkan diff, cache unusable (package only)', runs.unusable)
  ])
  const ratio = wall(runs.warm) / base
  console.log(
    `warm: ${ratio.toFixed(1)}× node -e 0 (${ratio <= 5 ? 'within' : 'OVER'} 5×), peak ${peak(runs.warm).toFixed(0)} MB (${peak(runs.warm) < 200 ? 'under' : 'OVER'} 200 MB); output ${same ? 'identical' : 'DIFFERENT'} with and without the cache`
  )
}

/**
 * Two versions of about `bytes / 2` each, made from the corpus pair (2024-10-30 → 2025-04-01,
 * which differ in captions, sentences, items and a rename): each version's articles repeated
 * and renumbered, and the new one with an article inserted at the top, so that every
 * article after it is renumbered too.
 */
export function amendedPair(root: string, bytes: number): {a: string; b: string} {
  const parts = (path: string) => {
    const text = readFileSync(join(root, 'corpus/usen-gate02-secure-mx', path), 'utf8')
    const start = text.indexOf('第1条')
    const end = text.indexOf('\n別記') + 1
    return {head: text.slice(0, start), articles: text.slice(start, end), tail: text.slice(end), count: text.slice(start, end).match(/^第\d+条/gm)?.length ?? 0}
  }
  const old = parts('2024-10-30.md')
  const neu = parts('2025-04-01.md')
  const copies = Math.max(1, Math.round(bytes / 2 / Buffer.byteLength(old.articles)))
  const build = (version: typeof old, inserted: boolean) => {
    const out = [version.head]
    if (inserted) out.push('第1条（新設の規定）\n\n当社は、この約款に新たな規定を設けます。\n\n')
    const shift = inserted ? 1 : 0
    for (let c = 0; c < copies; c++) out.push(version.articles.replace(/第(\d+)条/g, (_, n: string) => `第${Number(n) + c * version.count + shift}条`))
    out.push(version.tail)
    return out.join('')
  }
  return {a: build(old, false), b: build(neu, true)}
}

/**
 * Peak resident memory of `yakkan diff OLD NEW` (the whole process, output to /dev/null) on
 * two versions of about 10 MB each (20 MB together unless BENCH_MAX_MB says less), as a
 * multiple of the two files' bytes together.
 */
export function peakMemory(context: BenchContext, formats: string[] = ['text']): void {
  const cli = join(context.root, 'dist', 'src', 'cli.js')
  const total = Math.min(20e6, Number(process.env.BENCH_MAX_MB ?? 20) * 1e6)
  const {a, b} = amendedPair(context.root, total)
  const scratch = mkdtempSync(join(tmpdir(), 'yakkan-bench-'))
  const [oldPath, newPath] = [join(scratch, 'old.md'), join(scratch, 'new.md')]
  writeFileSync(oldPath, a)
  writeFileSync(newPath, b)
  const bytes = Buffer.byteLength(a) + Buffer.byteLength(b)
  try {
    for (const format of formats) {
      const child = spawnSync(process.execPath, [cli, 'diff', oldPath, newPath, '--format', format], {env: {...process.env, YAKKAN_PROFILE: '1'}, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
      if (child.status !== 0 && child.status !== 1) throw new Error(`yakkan diff --format ${format} failed: ${child.stderr}`)
      const profile = JSON.parse(child.stderr.trim().split('\n').pop() ?? '{}') as {cpuMs: number; maxRssKb: number}
      const multiple = (profile.maxRssKb * 1024) / bytes
      console.log(
        `\npeak memory: yakkan diff --format ${format} of two versions of ${(Buffer.byteLength(a) / 1e6).toFixed(1)} and ${(Buffer.byteLength(b) / 1e6).toFixed(1)} MB (the corpus pair repeated, an article inserted at the top): ` +
          `max RSS ${(profile.maxRssKb / 1024).toFixed(0)} MB = ${multiple.toFixed(1)}× the input bytes (${multiple < 40 ? 'under' : 'OVER'} 40×), CPU ${(profile.cpuMs / 1000).toFixed(1)} s`
      )
    }
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
}
