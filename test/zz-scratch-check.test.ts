import {test} from 'vitest'
import {readFileSync, readdirSync} from 'node:fs'
import {parse} from '../src/parse/index.js'
import {checkDocument} from '../src/check/index.js'
test('x', async () => {
  const up = ['corpus/upstream/iij-secure-mx.md', 'corpus/upstream/iij-general.md'].map(path => ({path, tree: parse(readFileSync(path, 'utf8')).tree}))
  for (const p of ['test/fixtures/check/broken.md']) {
    const {tree, file} = parse(readFileSync(p, 'utf8'))
    for (const f of await checkDocument(tree, file, {upstreams: []})) console.log(p.slice(-14), f.position.start.line + ':' + f.position.start.column, f.severity, f.ruleId, f.message)
  }
  const dir = '/work/shared/egov-laws/'
  const counts: Record<string, number> = {}
  for (const f of readdirSync(dir).filter(f => f.endsWith('.txt'))) {
    const {tree, file} = parse(readFileSync(dir + f, 'utf8'))
    for (const x of await checkDocument(tree, file)) { counts[x.ruleId] = (counts[x.ruleId] ?? 0) + 1; if (x.ruleId !== 'term-variant') console.log(f.slice(0, 10), x.position.start.line, x.ruleId, x.message) }
  }
  console.log(counts)
})
