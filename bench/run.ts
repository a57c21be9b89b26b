// `npm run bench [-- NAME…]`: runs the bench modules in order, or only those named.
// A module exports `run(context)`; add yours with one line below.
import {cpus} from 'node:os'
import {createContext, type BenchContext} from './context.js'

const modules: Record<string, () => Promise<{run(context: BenchContext): Promise<void>}>> = {
  parse: () => import('./parse.js'),
  check: () => import('./check.js'),
  rewrite: () => import('./rewrite.js'),
  diff: () => import('./diff.js'),
  pdf: () => import('./pdf.js'),
  amend: () => import('./amend.js')
}

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !(name in modules))
if (unknown.length > 0) {
  console.error(`bench: no module ${unknown.join(', ')} (have: ${Object.keys(modules).join(', ')})`)
  process.exitCode = 2
} else {
  const context = createContext()
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`)
  for (const [name, load] of Object.entries(modules)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue
    console.log(`\n# ${name}`)
    await (await load()).run(context)
  }
}
