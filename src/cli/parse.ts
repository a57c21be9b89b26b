// `yakkan parse FILE|-`: the clause tree of one document on stdout, its diagnostics on stderr.
import {parse, toText} from '../parse/index.js'
import {renderDiagnostics} from '../render/diagnostics.js'
import {jsonChunks} from '../render/json.js'
import {renderOutline} from '../render/outline.js'
import {placeOfLine} from '../pdf/place.js'
import {displayPath} from './fail.js'
import {readDocument} from './input.js'
import type {Lang} from './lang.js'
import {writeOutput} from './output.js'
import {visible} from './visible.js'

export type ParseFormat = 'outline' | 'json' | 'text'

export interface ParseOptions {
  format: ParseFormat
  /** -o: a file, or `-` for standard output */
  output?: string
  lang: Lang
  maxSize: number
}

export async function parseCommand(source: string, options: ParseOptions): Promise<void> {
  const input = await readDocument(source, options.maxSize)
  const path = displayPath(input.path, options.lang)
  const {tree, file} = parse(input.text, {lang: options.lang, path})
  if (options.format === 'text') {
    // The rebuilt source, with the BOM put back; Shift_JIS input comes out as UTF-8.
    const bom = input.bom && input.encoding === 'utf-8' ? '\uFEFF' : ''
    await writeOutput(bom + toText(tree), {output: options.output})
  } else if (options.format === 'json') {
    await writeOutput(jsonChunks(tree), {output: options.output})
  } else {
    await writeOutput(renderOutline(tree, {lang: options.lang}), {output: options.output, text: true})
  }
  const {pdf} = input
  const pageOfLine = pdf && ((line: number) => placeOfLine(pdf, line)?.page)
  for (const line of renderDiagnostics(file.messages, {lang: options.lang, path, pageOfLine})) process.stderr.write(visible(line) + '\n')
}
