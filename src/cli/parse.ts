// `yakkan parse FILE|-`: the clause tree of one document on stdout, its diagnostics on stderr.
import {parse, toText} from '../parse/index.js'
import {renderDiagnostics} from '../render/diagnostics.js'
import {writeJson} from '../render/json.js'
import {renderOutline} from '../render/outline.js'
import {displayPath} from './fail.js'
import {readDocument} from './input.js'
import type {Lang} from './lang.js'

export type ParseFormat = 'outline' | 'json' | 'text'

export interface ParseOptions {
  format: ParseFormat
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
    process.stdout.write(bom + toText(tree))
  } else if (options.format === 'json') {
    await writeJson(process.stdout, tree)
  } else {
    process.stdout.write(renderOutline(tree, {lang: options.lang}))
  }
  for (const line of renderDiagnostics(file.messages, {lang: options.lang, path})) process.stderr.write(line + '\n')
}
