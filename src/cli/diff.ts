// `yakkan diff OLD NEW`: the changes between two versions, as a summary (text), JSON, or a
// 新旧対照表 (md, html, docx). Registering the command loads nothing; the parser, the diff and
// the writers are imported when it runs, and kuromoji only when a sentence really changed.
import {basename, dirname, join} from 'node:path'
import {setFlagsFromString} from 'node:v8'
import {Command, Option} from 'commander'
import type {DiffResult, ChangeSeverity} from '../diff/types.js'
import {refuseBinaryOnTerminal} from './binary-output.js'
import {displayPath} from './fail.js'
import {readDocument} from './input.js'
import {say, type Lang} from './lang.js'
import {writeOutput, type Content} from './output.js'
import {stdinOnce} from './stdin-once.js'
import type {CorpusDocument, StartContext} from './start.js'

export type DiffFormat = 'text' | 'json' | 'md' | 'html' | 'docx'

export interface DiffCommandOptions {
  format: DiffFormat
  output?: string
  /** a severity, or adverse: any change against the customer */
  failOn?: ChangeSeverity | 'adverse'
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
    .addOption(new Option('--format <format>', say(lang, {ja: '出力形式', en: 'output format'})).choices(['text', 'json', 'md', 'html', 'docx']).default('text'))
    .option('-o, --output <file>', say(lang, {ja: '出力先ファイル（- で標準出力）', en: 'output file (- for standard output)'}))
    .addOption(
      new Option(
        '--fail-on <severity>',
        say(lang, {ja: 'この重要度以上の変更（adverse: 契約者に不利な変更）があれば終了コード 1', en: 'exit with 1 when a change of this severity or higher (adverse: against the customer) exists'})
      ).choices(['high', 'medium', 'low', 'adverse'])
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

// Two large versions hold two trees and the result at once. V8 grows its heap by a large
// factor after each full collection, so the process's peak is well above what is alive; a
// 20% step keeps it close (two 10 MB versions: max RSS 867 → 614 MB, wall time the same, some
// more CPU in the collector's own threads). Small inputs keep V8's default, which suits start-up.
const largeInput = 2_000_000

function keepHeapClose(): void {
  setFlagsFromString('--heap-growing-percent=20')
}

export async function diffCommand(oldSource: string, newSource: string, options: DiffCommandOptions): Promise<void> {
  stdinOnce([oldSource, newSource], options.lang)
  if (options.format === 'docx') refuseBinaryOnTerminal(options.output, options.lang)
  const [{parse}, {diffDocuments, severityRank}] = await Promise.all([import('../parse/index.js'), import('../diff/index.js')])
  const oldInput = await readDocument(oldSource, options.maxSize)
  const newInput = await readDocument(newSource, options.maxSize)
  const oldPath = displayPath(oldInput.path, options.lang)
  const newPath = displayPath(newInput.path, options.lang)
  if (oldInput.text.length + newInput.text.length >= largeInput) keepHeapClose()
  const result = await diffDocuments(parse(oldInput.text, {lang: options.lang, path: oldPath}).tree, parse(newInput.text, {lang: options.lang, path: newPath}).tree, {oldPath, newPath})
  if (process.env.YAKKAN_PROFILE) {
    // For the bench: the tokenizer's share of the time, CPU time and peak memory (kB), on stderr at exit.
    process.on('exit', () => {
      const usage = process.resourceUsage()
      const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000
      process.stderr.write(JSON.stringify({tokenizerLoadMs: result.stats.tokenizerLoadMs, cpuMs, maxRssKb: usage.maxRSS}) + '\n')
    })
  }
  await writeOutput(await render(result, options), {output: options.output, text: options.format === 'text'})
  const failOn = options.failOn
  if (failOn === 'adverse' ? result.changes.some((c) => c.direction === 'favours-provider') : failOn && result.changes.some((c) => severityRank[c.severity] <= severityRank[failOn])) process.exitCode = 1
  // Tearing down kuromoji's few hundred MB takes longer than the whole diff; the output is
  // flushed, nothing else is pending, so the process ends here.
  if (result.stats.tokenizerLoadMs > 0) process.exit()
}

async function render(result: DiffResult, options: DiffCommandOptions): Promise<Content> {
  const view = {columns: options.columns, full: options.full, lang: options.lang}
  switch (options.format) {
    case 'docx':
      return (await import('../render/taisho-docx.js')).renderTaishoDocx(result, view)
    case 'json':
      return (await import('../render/diff-json.js')).diffJsonChunks(result)
    case 'md':
      return (await import('../render/taisho-md.js')).taishoMarkdownChunks(result, view)
    case 'html':
      return (await import('../render/taisho-html.js')).taishoHtmlChunks(result, view)
    default:
      return (await import('../render/diff-text.js')).diffTextChunks(result, {lang: options.lang})
  }
}

/**
 * The step of `yakkan start` (npm start): for each folder of the corpus holding several
 * versions of one document — files named by their date, corpus/NAME/2024-10-30.md — the
 * 新旧対照表 of each version against the next, as markdown and HTML in
 * OUT/diff/NAME/OLD__NEW.{md,html}. Other files in a folder are different documents.
 */
export async function diffStep(context: StartContext): Promise<void> {
  const {lang} = context
  const [{diffDocuments}, {renderTaishoMarkdown}, {renderTaishoHtml}] = await Promise.all([
    import('../diff/index.js'),
    import('../render/taisho-md.js'),
    import('../render/taisho-html.js')
  ])
  const folders = new Map<string, CorpusDocument[]>()
  for (const document of context.documents) {
    if (!/^\d{4}-\d{2}-\d{2}\.\w+$/.test(basename(document.name))) continue
    const folder = dirname(document.name)
    folders.set(folder, [...(folders.get(folder) ?? []), document])
  }
  let pairs = 0
  for (const [folder, documents] of folders) {
    const versions = [...documents].sort((a, b) => a.name.localeCompare(b.name))
    for (let k = 1; k < versions.length; k++) {
      const [older, newer] = [versions[k - 1], versions[k]]
      const result = await diffDocuments(older.tree, newer.tree, {oldPath: older.path, newPath: newer.path})
      const stem = join('diff', folder, `${basename(older.name).replace(/\.\w+$/, '')}__${basename(newer.name).replace(/\.\w+$/, '')}`)
      await context.write(`${stem}.md`, renderTaishoMarkdown(result, {lang}))
      await context.write(`${stem}.html`, renderTaishoHtml(result, {lang}))
      const {high, medium, low} = result.summary
      context.print(
        lang === 'ja'
          ? `新旧対照表 ${older.path} → ${newer.path}: 高 ${high}件・中 ${medium}件・低 ${low}件（${join(context.out, stem)}.md, .html）`
          : `comparison ${older.path} → ${newer.path}: ${high} high, ${medium} medium, ${low} low (${join(context.out, stem)}.md, .html)`
      )
      pairs++
    }
  }
  if (pairs === 0) context.print(lang === 'ja' ? '新旧対照表: 版が二つ以上ある文書はありません' : 'comparison: no document has two versions')
}
