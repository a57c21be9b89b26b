// `yakkan amend OLD NEW`: the 改め文 turning OLD into NEW, proved by applying it.
// `yakkan amend --apply OLD AMENDMENT`: the text of OLD with AMENDMENT applied.
// `yakkan amend --check OLD AMENDMENT NEW`: each place where OLD amended differs from NEW.
import {writeFile} from 'node:fs/promises'
import {Command, Option} from 'commander'
import {displayPath} from './fail.js'
import {readDocument} from './input.js'
import {say, type Lang} from './lang.js'
import {BilingualError} from '../parse/messages.js'

export interface AmendCommandOptions {
  apply?: boolean
  check?: boolean
  format: 'text' | 'md' | 'json'
  numerals?: 'kanji' | 'arabic'
  output?: string
  lang: Lang
  maxSize: number
}

export function registerAmend(program: Command, lang: Lang): void {
  program
    .command('amend')
    .description(say(lang, {ja: '二つの版から改め文を作成（--apply で改め文を適用、--check で新版と照合）', en: 'write the 改め文 (amending text) turning one version into another; --apply applies one, --check checks one against a new version'}))
    .argument('<old>', say(lang, {ja: '改正前の文書', en: 'the current version'}))
    .argument('<second>', say(lang, {ja: '改正後の文書（--apply・--check では改め文）', en: 'the amended version (the amendment with --apply or --check)'}))
    .argument('[new]', say(lang, {ja: '--check で照合する改正後の文書', en: 'the amended version to check against (--check)'}))
    .option('--apply', say(lang, {ja: '改め文を適用した文書を出力', en: 'print the document with the amendment applied'}))
    .option('--check', say(lang, {ja: '改め文を適用した結果と改正後の文書の違いを報告', en: 'report where the amended document differs from the new version'}))
    .addOption(new Option('--format <format>', say(lang, {ja: '出力形式', en: 'output format'})).choices(['text', 'md', 'json']).default('text'))
    .addOption(new Option('--numerals <numerals>', say(lang, {ja: '改め文の数字（既定は文書に合わせる）', en: 'numerals of the sentences (the document\'s by default)'})).choices(['kanji', 'arabic']))
    .option('-o, --output <file>', say(lang, {ja: '出力先ファイル', en: 'output file'}))
    .action(async (old: string, second: string, third: string | undefined, _options, command: Command) => {
      await amendCommand(old, second, third, command.optsWithGlobals<AmendCommandOptions>())
    })
}

class UsageError extends BilingualError {}

export async function amendCommand(oldSource: string, second: string, third: string | undefined, options: AmendCommandOptions): Promise<void> {
  if (options.apply && options.check) throw new UsageError({ja: '--apply と --check は同時に指定できません', en: '--apply and --check cannot be given together'})
  if (options.check && third === undefined) throw new UsageError({ja: '--check には改正前・改め文・改正後の三つのファイルが必要です', en: '--check needs three files: old, amendment, new'})
  if (!options.check && third !== undefined) throw new UsageError({ja: 'ファイルが多すぎます（三つ目は --check のときだけ）', en: 'too many files (a third one only with --check)'})
  const [{parse}, amend] = await Promise.all([import('../parse/index.js'), import('../amend/index.js')])
  const read = async (source: string) => {
    const input = await readDocument(source, options.maxSize)
    return {input, path: displayPath(input.path, options.lang)}
  }
  const oldDoc = await read(oldSource)
  const oldTree = parse(oldDoc.input.text, {lang: options.lang, path: oldDoc.path}).tree
  let output: string
  if (options.apply || options.check) {
    const amendment = (await read(second)).input.text
    if (amendment.trim() === '') throw new UsageError({ja: `${second}: 改め文が空です`, en: `${second}: the amendment is empty`})
    if (options.apply) {
      output = amend.applyAmendmentText(oldTree, amendment).text
    } else {
      const newDoc = await read(third!)
      const differences = amend.checkAmendment(oldTree, amendment, parse(newDoc.input.text, {lang: options.lang, path: newDoc.path}).tree)
      const {renderDifferences} = await import('../amend/output.js')
      output = options.format === 'json' ? JSON.stringify({differences}, null, 2) + '\n' : renderDifferences(differences, options.lang)
      if (differences.length > 0) process.exitCode = 1
    }
  } else {
    const newDoc = await read(second)
    const newTree = parse(newDoc.input.text, {lang: options.lang, path: newDoc.path}).tree
    const result = await amend.amendDocuments(oldTree, newTree, {numerals: options.numerals})
    const out = await import('../amend/output.js')
    output =
      options.format === 'json'
        ? out.renderAmendmentJson(result, {old: oldDoc.path, new: newDoc.path})
        : options.format === 'md'
          ? out.renderAmendmentMarkdown(result)
          : out.renderAmendmentText(result.sentences)
  }
  if (options.output) await writeFile(options.output, output)
  else await new Promise<void>((resolve) => process.stdout.write(output, () => resolve()))
  // kuromoji's heap takes longer to tear down than the work; the output is flushed.
  process.exit(process.exitCode ?? 0)
}
