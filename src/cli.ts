#!/usr/bin/env node
// The yakkan command. Declares commands and options only; each command's module is
// imported inside its action, so start-up loads nothing a command does not use.
import {Command, Option} from 'commander'
import {DEFAULT_MAX_BYTES} from './cli/size.js'
import {fail} from './cli/fail.js'
import {OutputError} from './cli/output.js'
import {packageVersion} from './cli/version.js'
import {parseSize} from './cli/input.js'
import {helpAfter} from './cli/help.js'
import {langs, pickLang, say} from './cli/lang.js'
import type {ParseOptions} from './cli/parse.js'
import type {StartOptions} from './cli/start.js'
import {registerDiff} from './cli/diff.js'
import {registerCheck} from './cli/check.js'
import {registerAmend} from './cli/amend.js'
import type {RewriteOptions as RewriteCommandOptions} from './cli/rewrite.js'

const lang = pickLang(process.argv)
const version = packageVersion()

// A closed pipe (`yakkan check … | head`) only stops the output; the exit status stays the
// command's. Any other failed write to standard output (a full disk) is one line, once, and
// exit 2 whatever the command decided.
let stdoutFailed = false
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || stdoutFailed) return
  stdoutFailed = true
  fail(new OutputError('-', error), lang)
})
process.on('exit', () => {
  if (stdoutFailed) process.exitCode = 2
})

const program = new Command('yakkan')
  .description(say(lang, {ja: '約款（利用規約・契約約款）の解析・検査・読替え・新旧対照', en: 'parse, check, rewrite and compare Japanese terms documents (約款)'}))
  .version(version, '-V, --version', say(lang, {ja: 'バージョンを表示', en: 'show the version'}))
  .helpOption('-h, --help', say(lang, {ja: 'ヘルプを表示', en: 'show help'}))
  .helpCommand('help [command]', say(lang, {ja: 'コマンドのヘルプを表示', en: 'show help for a command'}))
  .addOption(new Option('--lang <lang>', say(lang, {ja: 'メッセージの言語', en: 'language of messages'})).choices(langs).default('ja'))
  .addOption(
    new Option('--max-size <size>', say(lang, {ja: '入力の上限サイズ（例: 20MB）', en: 'largest input accepted (e.g. 20MB)'}))
      .argParser((value) => parseSize(value, lang))
      .default(DEFAULT_MAX_BYTES, '10MB')
  )
  .configureHelp({showGlobalOptions: true})
  .configureOutput({outputError: () => {}})
  .exitOverride()

program
  .command('parse')
  .description(say(lang, {ja: '文書を条・項・号の木に解析して表示', en: 'parse a document into its clause tree'}))
  .argument('<file>', say(lang, {ja: '文書のパス（- で標準入力）', en: 'path of the document (- for standard input)'}))
  .addOption(
    new Option('--format <format>', say(lang, {ja: '出力形式', en: 'output format'}))
      .choices(['outline', 'json', 'text'])
      .default('outline')
  )
  .option('-o, --output <file>', say(lang, {ja: '出力先ファイル（- で標準出力）', en: 'output file (- for standard output)'}))
  .action(async (file: string, _options, command: Command) => {
    const {parseCommand} = await import('./cli/parse.js')
    await parseCommand(file, command.optsWithGlobals<ParseOptions>())
  })

program
  .command('rewrite')
  .description(say(lang, {ja: '読替え表と適用除外を上流の約款に適用した実効約款を出力', en: 'write the effective terms: upstream terms read through the reseller\'s reading table and exclusions'}))
  .requiredOption('--reseller <file>', say(lang, {ja: '再販事業者の約款', en: "the reseller's terms"}))
  .requiredOption('--upstream <file>', say(lang, {ja: '上流事業者の約款（複数可）', en: 'upstream terms (repeatable)'}), (value: string, list: string[] | undefined) => [...(list ?? []), value])
  .option('--table <file>', say(lang, {ja: '読替え表のファイル（TSV・CSV・Markdown）', en: 'reading table file (TSV, CSV or Markdown)'}))
  .option('--exclude <ref>', say(lang, {ja: '適用除外する条項または文書全体を追加（例: 個別規程第7条(4)、オプション規程、kumo-backup:doc）', en: 'exclude another clause or a whole document (e.g. 個別規程第7条(4), オプション規程, kumo-backup:doc)'}), (value: string, list: string[]) => [...list, value], [])
  .addOption(new Option('--format <format>', say(lang, {ja: '出力形式', en: 'output format'})).choices(['md', 'html', 'json', 'docx']).default('md'))
  .option('--plain', say(lang, {ja: 'Markdown で読替え箇所の注を付けない', en: 'Markdown without substitution footnotes'}))
  .option('--report', say(lang, {ja: '実効約款の代わりに読替えレポートを出力', en: 'write the rewrite report instead of the terms'}))
  .option('-o, --output <file>', say(lang, {ja: '出力先ファイル（- で標準出力）', en: 'output file (- for standard output)'}))
  .action(async (_options, command: Command) => {
    const {rewriteCommand} = await import('./cli/rewrite.js')
    await rewriteCommand(command.optsWithGlobals<RewriteCommandOptions>())
  })

registerCheck(program, lang)
registerDiff(program, lang)
registerAmend(program, lang)

program
  .command('start')
  .description(say(lang, {ja: 'コーパスの全文書を処理（npm start の本体）', en: 'process every document of a corpus (what npm start runs)'}))
  .argument('<dir>', say(lang, {ja: 'コーパスのディレクトリ', en: 'corpus folder'}))
  .requiredOption('-o, --out <dir>', say(lang, {ja: '出力先ディレクトリ', en: 'output folder'}))
  .action(async (dir: string, _options, command: Command) => {
    const {startCommand} = await import('./cli/start.js')
    await startCommand(dir, command.optsWithGlobals<StartOptions>())
  })

for (const command of [program, ...program.commands]) command.addHelpText('after', helpAfter(command.name(), lang))

try {
  await program.parseAsync()
} catch (error) {
  fail(error, lang)
}
