// The effective text of the two original pairs (the seed, the example pair) as it was before
// the reader of reseller wording was widened: the Markdown (with and without footnotes) and
// the output of each upstream must not move. The files under fixtures/rewrite/snapshot were
// written from the output before that change.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'
import {renderEffectiveMarkdown} from '../src/render/effective-md.js'
import {buildEffective} from '../src/rewrite/index.js'
import {root} from './helpers/cli.js'

const read = (path: string) => readFileSync(join(root, path), 'utf8')
const source = (path: string) => ({tree: parse(read(path), {path}).tree, path})
const snapshot = (name: string) => join(root, 'test/fixtures/rewrite/snapshot', name)

const pairs = [
  {name: 'seed', reseller: 'corpus/usen-gate02-secure-mx/2024-10-30.md', upstreams: ['corpus/upstream/iij-general.md', 'corpus/upstream/iij-secure-mx.md']},
  {name: 'example', reseller: 'corpus/example-reseller/2025-04-01.md', upstreams: ['corpus/upstream-example/kumo-common.md', 'corpus/upstream-example/kumo-backup.md']}
]

describe.each(pairs)('the $name pair gives the same effective text as before', (pair) => {
  const doc = buildEffective(source(pair.reseller), pair.upstreams.map(source))

  it('in Markdown with footnotes, in plain Markdown and as the output of each upstream', async () => {
    await expect(renderEffectiveMarkdown(doc, {lang: 'ja'})).toMatchFileSnapshot(snapshot(`${pair.name}.effective.md`))
    await expect(renderEffectiveMarkdown(doc, {lang: 'en', plain: true})).toMatchFileSnapshot(snapshot(`${pair.name}.plain.en.md`))
    for (const [index, document] of doc.documents.entries()) {
      await expect(document.output).toMatchFileSnapshot(snapshot(`${pair.name}.output-${index + 1}.txt`))
    }
  })

  it('with the same substitutions, exclusions and overrides', async () => {
    const summary = {
      substitutions: doc.documents.map((document) => document.substitutions.map((s) => [s.row, s.upstream.start.offset, s.output.start.offset, s.clause])),
      exclusions: doc.exclusions.map((e) => [e.target?.document, e.target?.clause, e.statedIn?.label]),
      overrides: doc.overrides.map((o) => [o.document, o.article, o.caption, o.by.article]),
      precedence: doc.precedence?.ranks
    }
    await expect(JSON.stringify(summary, null, 1) + '\n').toMatchFileSnapshot(snapshot(`${pair.name}.summary.json`))
  })
})
