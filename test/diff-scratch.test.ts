import {test} from 'vitest'
import {readFileSync} from 'node:fs'
import {parse} from '../src/parse/index.js'
import {diffDocuments} from '../src/diff/compare.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'
test('scratch', async () => {
  const a = parse(readFileSync('corpus/usen-gate02-secure-mx/2024-10-30.md', 'utf8')).tree
  const b = parse(readFileSync(process.env.NEWDOC ?? 'corpus/usen-gate02-secure-mx/2025-04-01.md', 'utf8')).tree
  const r = await diffDocuments(a, b, process.env.REAL ? {} : {tokenizer: fakeTokenizer})
  const show = (p: any, d = 0) => {
    if (p.status !== 'unchanged' || p.renumbered) console.log(' '.repeat(d) + p.status + (p.renumbered ? ' R' : '') + ' ' + p.old.map((x: any) => x.id).join('+') + ' → ' + p.new.map((x: any) => x.id).join('+'))
    p.children.forEach((c: any) => show(c, d + 2))
  }
  r.pairs.forEach((p) => show(p))
  for (const c of r.changes) console.log(c.severity, c.kind, c.label.ja, c.old?.id ?? '-', '→', c.new?.id ?? '-', JSON.stringify(c.old?.words ?? []), JSON.stringify(c.new?.words ?? []))
  console.log(r.summary, r.stats)
})
