// Running the check rules in tests: a document's findings as plain records, the corpus
// seed and its upstream stand-ins.
import {readFileSync} from 'node:fs'
import {checkDocument, type ParsedDocument} from '../../src/check/index.js'
import {parse} from '../../src/parse/index.js'
import {viewFinding, type FindingView} from './findings.js'

export const corpus = (path: string) => new URL(`../../corpus/${path}`, import.meta.url)
export const seedText = readFileSync(corpus('usen-gate02-secure-mx/2024-10-30.md'), 'utf8')

/** A corpus document (or a changed text of it) given as an upstream document. */
export function upstream(path: string, text = readFileSync(corpus(path), 'utf8')): ParsedDocument {
  return {path, tree: parse(text).tree}
}

/** Every rule over a text, as `yakkan check` runs them. */
export async function check(text: string, options: Parameters<typeof checkDocument>[2] = {}): Promise<FindingView[]> {
  const {tree, file} = parse(text, {lang: options.lang})
  return (await checkDocument(tree, file, options)).map(viewFinding)
}

/** [line, rule] of each finding, in order. */
export const places = (findings: FindingView[]) => findings.map((f) => [f.position.start.line, f.ruleId])
