// `yakkan diff OLD NEW`: the changes between two versions, as a summary (text), JSON, or a
// 新旧対照表 (md, html). Registering the command loads nothing; the parser, the diff and
// the writers are imported when it runs, and kuromoji only when a sentence really changed.
import {writeFile} from 'node:fs/promises'
import {Command, Option} from 'commander'
import type {Severity} from '../diff/types.js'
import {displayPath} from './fail.js'
import {readDocument} from './input.js'
import {say, type Lang} from './lang.js'

export type DiffFormat = 'text' | 'json' | 'md' | 'html'

export interface DiffCommandOptions {
  format: DiffFormat
  output?: string
  failOn?: Severity
  columns: 'new-old' | 'old-new'
  full?: boolean
  lang: Lang
  maxSize: number
}

export function registerDiff(program: Command, lang: Lang): void {
  program
    .command('diff')
    .description(say(lang, {ja: '二つの版を比較し、変更を分類して新旧対照表を作成', en: 'compare two versions, classify the changes and write a 新旧対照表'}))
    .argument('<old>', say(lang, {ja: '改正前の文書（- で標準入力）', en: 'the current version (- for standard input)'}))
    .argument('<new>', say(lang, {ja: '改正後の文書（- で標準入力）', en: 'the amended version (- for standard input)'}))
    .addOption(new Option('--format <format>', say(lang, {ja: '出力形式', en: 'output format'})).choices(['text', 'json', 'md', 'html']).default('text'))
    .option('-o, --output <file>', say(lang, {ja: '出力先ファイル', en: 'output file'}))
    .addOption(
      new Option('--fail-on <severity>', say(lang, {ja: 'この重要度以上の変更があれば終了コード 1', en: 'exit with 1 when a change of this severity or higher exists'})).choices([
        'high',
        'medium',
        'low'
      ])
    )
    .addOption(
      new Option('--columns <order>', say(lang, {ja: '新旧対照表の列の順（new-old: 改正後が左）', en: 'column order of the 新旧対照表 (new-old: amended on the left)'}))
        .choices(['new-old', 'old-new'])
        .default('new-old')
    )
    .option('--full', say(lang, {ja: '変更のない条項も（略）とせず全文を表示', en: 'show unchanged clauses in full instead of （略）'}))
    .action(async (oldPath: string, newPath: string, _options, command: Command) => {
      await diffCommand(oldPath, newPath, command.optsWithGlobals<DiffCommandOptions>())
    })
}

export async function diffCommand(oldSource: string, newSource: string, options: DiffCommandOptions): Promise<void> {
  const [{parse}, {diffDocuments, severityRank}] = await Promise.all([import('../parse/index.js'), import('../diff/index.js')])
  const oldInput = await readDocument(oldSource, options.maxSize)
  const newInput = oldSource === '-' && newSource === '-' ? oldInput : await readDocument(newSource, options.maxSize)
  const oldPath = displayPath(oldInput.path, options.lang)
  const newPath = displayPath(newInput.path, options.lang)
  const result = await diffDocuments(parse(oldInput.text, {lang: options.lang, path: oldPath}).tree, parse(newInput.text, {lang: options.lang, path: newPath}).tree, {oldPath, newPath})
  if (process.env.YAKKAN_PROFILE) {
    // For the bench: where the time went, and the peak memory (kB), on stderr.
    process.stderr.write(JSON.stringify({tokenizerLoadMs: result.stats.tokenizerLoadMs, maxRssKb: process.resourceUsage().maxRSS}) + '\n')
  }
  const output = await render(result, options)
  if (options.output) await writeFile(options.output, output)
  else process.stdout.write(output)
  if (options.failOn && result.changes.some((c) => severityRank[c.severity] <= severityRank[options.failOn!])) process.exitCode = 1
}

async function render(result: import('../diff/types.js').DiffResult, options: DiffCommandOptions): Promise<string> {
  const view = {columns: options.columns, full: options.full, lang: options.lang}
  switch (options.format) {
    case 'json':
      return (await import('../render/diff-json.js')).renderDiffJson(result)
    case 'md':
      return (await import('../render/taisho-md.js')).renderTaishoMarkdown(result, view)
    case 'html':
      return (await import('../render/taisho-html.js')).renderTaishoHtml(result, view)
    default:
      return (await import('../render/diff-text.js')).renderDiffText(result, options.lang)
  }
}
