// Parse throughput on the corpus and on the e-Gov statutes, against a baseline measured in
// the same run: splitting the text into lines and testing each against one regular
// expression for clause heads. Any line-based parser does at least that much work, so the
// ratio says how far parsing is from the cost of merely looking at every line once.
import {parse} from '../src/parse/index.js'
import {lineBaseline, scaleSizes, scaling, syntheticDocument, type BenchContext, type BenchInput} from './context.js'
import {realDocuments, realPairs, scoreCheck, scoreDiff, scoreStructure} from './real-terms.js'

function baseline(inputs: BenchInput[]): number {
  let heads = 0
  for (const input of inputs) heads += lineBaseline(input.text)
  return heads
}

export function parseAll(inputs: BenchInput[]): number {
  let nodes = 0
  for (const input of inputs) nodes += parse(input.text).tree.children.length
  return nodes
}

export async function run(context: BenchContext): Promise<void> {
  const sets: Array<[string, BenchInput[] | undefined]> = [
    ['corpus/', await context.corpus()],
    ['egov-laws/*.txt', await context.laws('txt')],
    ['egov-laws/*.lawtext', await context.laws('lawtext')]
  ]
  const rows = [['set', 'files', 'MB', 'parse MB/s', 'baseline MB/s', 'parse/baseline']]
  for (const [name, inputs] of sets) {
    if (!inputs) continue
    const parsed = context.measure(inputs, parseAll)
    const scanned = context.measure(inputs, baseline)
    const megabytes = inputs.reduce((sum, input) => sum + input.size, 0) / 1e6
    rows.push([
      name,
      String(inputs.length),
      megabytes.toFixed(3),
      parsed.mbPerSecond.toFixed(1),
      scanned.mbPerSecond.toFixed(1),
      (parsed.mbPerSecond / scanned.mbPerSecond).toFixed(3)
    ])
  }
  console.log('parse throughput: parse(text) on decoded text; MB = 10^6 bytes of UTF-8 input; median of 9 samples after warm-up')
  console.log('baseline: split into lines + one clause-head regular expression per line (the least any line-based parser does)')
  context.table(rows)

  console.log('\nparse time against size: a synthetic document (bench/context.ts) at each size, least CPU time of 3 runs (2 above 4 MB), baseline the same')
  await scaling('parse', scaleSizes(), (bytes) => syntheticDocument(bytes), (text) => parse(text).tree.children.length, lineBaseline, (text) => Buffer.byteLength(text))
  await realTerms(context)
}

/** How right parse, check and diff are on ../shared/real-terms, against its truth files. */
async function realTerms(context: BenchContext): Promise<void> {
  const documents = realDocuments()
  if (documents.length === 0) return
  const rows = [['document', 'articles right', 'chapters', 'errors true', 'warnings true']]
  for (const doc of documents) {
    const structure = scoreStructure(doc)
    const check = await scoreCheck(doc)
    rows.push([
      doc.name,
      `${structure.exact}/${structure.expected}${structure.actual === structure.expected ? '' : ` (got ${structure.actual})`}`,
      `${structure.chapters.actual}/${structure.chapters.expected}`,
      `${check.errorsTrue}/${check.errors}`,
      `${check.warningsTrue}/${check.warnings}`
    ])
  }
  console.log('\nreal-terms: structure (articles equal to the truth, in position) and check precision (findings on a line with a listed true defect)')
  context.table(rows)
  const pairs = [['pair', 'substantive found at medium/high', 'editorial-only reported high']]
  for (const pair of realPairs()) {
    const score = await scoreDiff(pair)
    pairs.push([score.name, `${score.found}/${score.substantive}`, String(score.editorialHigh.length)])
  }
  console.log('real-terms: diff pairs (kuromoji tokens)')
  context.table(pairs)
}
