// `yakkan check [files|dirs|globs|-]`: lint 約款 for CI, in the manner of ESLint. Registering
// the command loads nothing; the parser, the rules and the writers are imported when it
// runs (never kuromoji), so a check starts about as fast as Node itself.
import {packageHomepage, packageVersion} from './version.js'
import {join} from 'node:path'
import {Command, InvalidArgumentError, Option} from 'commander'
import type {VFile} from 'vfile'
import type {Finding, Rule, Setting, ParsedDocument} from '../check/types.js'
import {InputError} from '../parse/decode.js'
import {placeOfLine} from '../pdf/place.js'
import {displayPath, fail} from './fail.js'
import {readDocument} from './input.js'
import {say, type Lang} from './lang.js'
import {writeOutput} from './output.js'
import {stdinOnce} from './stdin-once.js'
import {visible} from './visible.js'
import type {StartContext} from './start.js'

export type CheckFormat = 'stylish' | 'json' | 'sarif' | 'github'

export interface CheckCommandOptions {
  format: CheckFormat
  quiet?: boolean
  maxWarnings?: number
  /** `id=off|warn|error`, as given */
  rule?: string[]
  upstream?: string[]
  /** false with --no-progress */
  progress: boolean
  /** -o: a file, or `-` for standard output */
  output?: string
  lang: Lang
  maxSize: number
}

export function registerCheck(program: Command, lang: Lang): void {
  const collect = (value: string, list: string[] = []) => [...list, value]
  program
    .command('check')
    .description(say(lang, {ja: '参照・番号・用語の整合性を検査（CI 向け）', en: 'check references, numbering and terms for consistency (for CI)'}))
    .argument('[inputs...]', say(lang, {ja: 'ファイル・ディレクトリ・glob（- で標準入力）', en: 'files, folders or globs (- for standard input)'}))
    // text: the other commands' name for the human-readable form
    .addOption(new Option('--format <format>', say(lang, {ja: '出力形式（text は stylish と同じ）', en: 'output format (text is stylish)'})).choices(['stylish', 'text', 'json', 'sarif', 'github']).default('stylish'))
    .option('--quiet', say(lang, {ja: 'エラーだけを報告', en: 'report errors only'}))
    .option('--max-warnings <n>', say(lang, {ja: '警告がこの数を超えたら終了コード 1', en: 'exit with 1 when there are more warnings than this'}), (value) => count(value, lang))
    .option('--rule <id=level>', say(lang, {ja: 'ルールの重要度（off・warn・error、複数可）', en: 'set a rule to off, warn or error (repeatable)'}), (value: string, list?: string[]) => collect(ruleSyntax(value, lang), list))
    .option('--upstream <file>', say(lang, {ja: '外部参照と読替え表を照合する上流の文書（複数可）', en: 'an upstream document for external references and the 読替え表 (repeatable)'}), collect)
    .option('-o, --output <file>', say(lang, {ja: '出力先ファイル（- で標準出力）', en: 'output file (- for standard output)'}))
    .option('--no-progress', say(lang, {ja: '端末に進捗を表示しない', en: 'show no progress bar on a terminal'}))
    .action(async (inputs: string[], _options, command: Command) => {
      await checkCommand(inputs, command.optsWithGlobals<CheckCommandOptions>())
    })
}

export async function checkCommand(inputs: string[], options: CheckCommandOptions): Promise<void> {
  const {lang} = options
  if (inputs.length === 0) {
    throw new InvalidArgumentError(
      say(lang, {ja: '検査する文書を指定してください（ファイル、ディレクトリ、glob、- で標準入力）', en: 'name the documents to check (files, folders, globs, or - for standard input)'})
    )
  }
  stdinOnce([...inputs, ...(options.upstream ?? [])], lang)
  const [{parse}, {checkDocument, findingSource, findRule, rules}, {expandInputs}] = await Promise.all([
    import('../parse/index.js'),
    import('../check/index.js'),
    import('./check-inputs.js')
  ])
  const settings = readSettings(options.rule ?? [], findRule, lang)
  const upstreams: ParsedDocument[] = []
  for (const path of options.upstream ?? []) {
    const input = await readDocument(path, options.maxSize)
    upstreams.push({path, tree: parse(input.text, {lang, path}).tree})
  }
  // As ESLint does: every input that can be read is checked and reported, each one that
  // cannot (missing, empty, binary, a folder or glob with nothing in it) is named on
  // stderr, and the run exits with 2.
  const {paths, errors: unusable} = await expandInputs(inputs)
  for (const error of unusable) fail(error, lang)
  let fatal = unusable.length
  const progress = options.progress && process.stderr.isTTY && paths.length > 1 ? new Progress(paths.length) : undefined
  const files: VFile[] = []
  let errors = 0
  let warnings = 0
  for (const [i, path] of paths.entries()) {
    progress?.show(i, path)
    try {
      const input = await readDocument(path, options.maxSize)
      const shown = displayPath(path, lang)
      const {tree, file} = parse(input.text, {lang, path: shown})
      const findings = await checkDocument(tree, file, {lang, rules: settings, upstreams})
      if (options.quiet) file.messages = file.messages.filter((message) => message.source !== findingSource || message.fatal)
      const {pdf} = input
      if (pdf) file.data.pageOfLine = (line: number) => placeOfLine(pdf, line)?.page
      for (const finding of findings) {
        if (finding.fatal) errors++
        else if (!options.quiet) warnings++
      }
      files.push(file)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      progress?.clear()
      fail(error, lang)
      fatal++
    }
  }
  progress?.clear()
  const toTerminal = options.output === undefined || options.output === '-'
  const colour = toTerminal && process.stdout.isTTY === true && !process.env.NO_COLOR
  const format: CheckFormat = (options.format as string) === 'text' ? 'stylish' : options.format
  const text = format === 'stylish' || format === 'github'
  await writeOutput(await render(files, format, lang, rules, colour), {output: options.output, text, colour})
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings
  if (tooManyWarnings) {
    process.stderr.write(
      `yakkan: ${say(lang, {
        ja: `警告が ${warnings} 件あり、--max-warnings の ${options.maxWarnings} 件を超えました`,
        en: `${warnings} warnings, more than --max-warnings ${options.maxWarnings}`
      })}\n`
    )
  }
  process.exitCode = fatal > 0 ? 2 : errors > 0 || tooManyWarnings ? 1 : 0
}

async function render(files: VFile[], format: CheckFormat, lang: Lang, rules: readonly Rule[], color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../render/check-json.js')).renderCheckJson(files)
    case 'sarif':
      return (await import('../render/sarif.js')).renderSarif(files, {version: packageVersion(), rules, lang, informationUri: packageHomepage()})
    case 'github':
      return (await import('../render/github.js')).renderGithub(files)
    default:
      return (await import('../render/stylish.js')).renderStylish(files, {lang, color})
  }
}

/** `--rule id=warn` → {id: 'warning'}; an unknown rule is a usage error. */
function readSettings(values: string[], findRule: (id: string) => Rule | undefined, lang: Lang): Record<string, Setting> {
  const settings: Record<string, Setting> = {}
  for (const value of values) {
    const [id, level] = value.split('=')
    if (!findRule(id)) throw new InvalidArgumentError(say(lang, {ja: `--rule: 「${id}」というルールはありません`, en: `--rule: there is no rule “${id}”`}))
    settings[id] = level === 'warn' ? 'warning' : (level as Setting)
  }
  return settings
}

function ruleSyntax(value: string, lang: Lang): string {
  if (!/^[a-z0-9-]+=(?:off|warn|error)$/.test(value.trim())) {
    throw new InvalidArgumentError(say(lang, {ja: 'ルール名=off|warn|error の形で指定してください（例: term-variant=off）', en: 'give rule-id=off|warn|error (e.g. term-variant=off)'}))
  }
  return value.trim()
}

function count(value: string, lang: Lang): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(say(lang, {ja: '0 以上の整数を指定してください', en: 'give a whole number, 0 or more'}))
  return Number(value)
}

/** A one-line bar on stderr, redrawn in place; only ever shown on a terminal. */
class Progress {
  constructor(readonly total: number) {}

  show(done: number, path: string): void {
    const width = 20
    const filled = Math.round((done / this.total) * width)
    const name = visible(path.length > 50 ? '…' + path.slice(-49) : path)
    process.stderr.write(`\r\u001b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done + 1}/${this.total} ${name}`)
  }

  clear(): void {
    process.stderr.write('\r\u001b[K')
  }
}

/**
 * The `npm start` step: every corpus document checked, each against the corpus documents
 * its text names as upstream; stylish on stdout, SARIF and JSON into OUT/check/.
 */
export async function checkStep(context: StartContext): Promise<void> {
  const [{checkDocument, rules}, {namesDocument}, {renderStylish}, {renderSarif}, {renderCheckJson}] = await Promise.all([
    import('../check/index.js'),
    import('../rewrite/named.js'),
    import('../render/stylish.js'),
    import('../render/sarif.js'),
    import('../render/check-json.js')
  ])
  const {lang} = context
  const files: VFile[] = []
  const all: Finding[] = []
  for (const document of context.documents) {
    const upstreams = context.documents
      .filter((other) => other !== document && namesDocument(document.tree, other.tree))
      .map((other) => ({path: other.path, tree: other.tree}))
    all.push(...(await checkDocument(document.tree, document.file, {lang, upstreams})))
    files.push(document.file)
  }
  const errors = all.filter((f) => f.fatal).length
  context.print(renderStylish(files, {lang}))
  await context.write(join('check', 'report.sarif'), renderSarif(files, {version: packageVersion(), rules, lang, informationUri: packageHomepage()}))
  await context.write(join('check', 'report.json'), renderCheckJson(files))
  context.print(
    lang === 'ja'
      ? `${files.length} 文書を検査しました: エラー ${errors} 件、警告 ${all.length - errors} 件（出力: ${join(context.out, 'check')}）`
      : `checked ${files.length} documents: ${errors} errors, ${all.length - errors} warnings (output: ${join(context.out, 'check')})`
  )
}
