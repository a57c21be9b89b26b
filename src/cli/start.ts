// `yakkan start DIR --out OUT`, the job behind `npm start`: read every document of the
// corpus once, then run each step over them. A capability joins by adding its step.
import {join, relative} from 'node:path'
import type {VFile} from 'vfile'
import {parse} from '../parse/index.js'
import type {Document} from '../parse/types.js'
import {renderDiagnostics, summarizeDiagnostics} from '../render/diagnostics.js'
import {renderJson} from '../render/json.js'
import {renderOutline} from '../render/outline.js'
import {listDocuments} from './documents.js'
import {fail} from './fail.js'
import {readDocument, type Input} from './input.js'
import type {Lang} from './lang.js'
import {writeFileOutput} from './output.js'
import {visible} from './visible.js'

export interface StartOptions {
  out: string
  lang: Lang
  maxSize: number
}

export interface CorpusDocument {
  /** path as printed, e.g. corpus/usen-gate02-secure-mx/2024-10-30.md */
  path: string
  /** path below the corpus folder, e.g. usen-gate02-secure-mx/2024-10-30.md */
  name: string
  input: Input
  tree: Document
  file: VFile
}

export interface StartContext extends StartOptions {
  dir: string
  documents: CorpusDocument[]
  /** prints one line (or several) on stdout */
  print(text: string): void
  /** writes a file below the output folder, creating folders as needed */
  write(path: string, content: string): Promise<void>
}

export type StartStep = (context: StartContext) => Promise<void>

// In order. A step that needs a heavy module (kuromoji for diff) imports it inside itself.
// yakkan rewrite (issue 4): effective terms of each reseller document, into OUT/rewrite/.
const rewriteStep: StartStep = async (context) => (await import('./rewrite.js')).rewriteStep(context)
// yakkan check (issue 3): every document checked, against the corpus documents it names as upstream; into OUT/check/.
const checkStep: StartStep = async (context) => (await import('./check.js')).checkStep(context)

// yakkan diff (issue 5): 新旧対照表 of each document's consecutive versions (kuromoji loads here), into OUT/diff/.
const diffStep: StartStep = async (context) => (await import('./diff.js')).diffStep(context)

const steps: StartStep[] = [outlineStep, checkStep, rewriteStep, diffStep]

export async function startCommand(dir: string, options: StartOptions): Promise<void> {
  const documents: CorpusDocument[] = []
  for (const path of await listDocuments(dir)) {
    try {
      const input = await readDocument(path, options.maxSize)
      const {tree, file} = parse(input.text, {lang: options.lang, path})
      documents.push({path, name: relative(dir, path), input, tree, file})
    } catch (error) {
      // One unreadable document is reported and the rest still run.
      fail(error, options.lang)
    }
  }
  const context: StartContext = {
    ...options,
    dir,
    documents,
    print: (text) => process.stdout.write(visible(text.endsWith('\n') ? text : text + '\n')),
    write: (path, content) => writeFileOutput(join(options.out, path), content)
  }
  for (const step of steps) await step(context)
}

/** Each document's outline and diagnostics; also written to OUT/parse/. */
async function outlineStep(context: StartContext): Promise<void> {
  const {lang} = context
  for (const document of context.documents) {
    const {input, tree, file} = document
    const newline = input.newline === 'none' ? '' : `, ${input.newline.toUpperCase()}`
    const bom = input.bom ? ', BOM' : ''
    context.print(`== ${document.path} (${input.encoding}${bom}${newline}, ${input.size} bytes) ==`)
    const outline = renderOutline(tree, {lang})
    const diagnostics = renderDiagnostics(file.messages, {lang, path: document.path})
    context.print(outline)
    context.print([...diagnostics, summarizeDiagnostics(file.messages, lang)].join('\n'))
    context.print('')
    await context.write(join('parse', document.name + '.outline.txt'), outline)
    await context.write(join('parse', document.name + '.json'), renderJson(tree))
  }
  const count = context.documents.length
  context.print(lang === 'ja' ? `${count} 文書を解析しました（出力: ${join(context.out, 'parse')}）` : `parsed ${count} documents (output: ${join(context.out, 'parse')})`)
}
