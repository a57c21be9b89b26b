// `yakkan rewrite --reseller FILE --upstream FILE…`: the effective terms (or, with --report,
// the rewrite report) as Markdown, HTML, JSON or (effective terms only) Word, on stdout or into -o OUT.
import {join} from 'node:path'
import {parse} from '../parse/index.js'
import {renderEffectiveHtml, renderReportHtml} from '../render/effective-html.js'
import {renderEffectiveJson, renderReportJson} from '../render/effective-json.js'
import {renderEffectiveMarkdown, renderReportMarkdown} from '../render/effective-md.js'
import type {ParsedDocument} from '../parse/types.js'
// Not through rewrite/index.js: that also loads the Markdown table reader (remark), which only --table needs.
import {buildEffective, type EffectiveDocument} from '../rewrite/effective.js'
import {RewriteError} from '../terms/errors.js'
import {parseExcludeOption} from './exclude-option.js'
import {namesDocument} from '../rewrite/named.js'
import {readingSentences} from '../terms/reading-sentences.js'
import {readingTableFromTree} from '../terms/table.js'
import {InvalidArgumentError} from 'commander'
import {refuseBinaryOnTerminal} from './binary-output.js'
import {displayPath} from './fail.js'
import {readDocument} from './input.js'
import {say, type Lang} from './lang.js'
import {writeOutput} from './output.js'
import {stdinOnce} from './stdin-once.js'
import {visible} from './visible.js'
import type {StartContext} from './start.js'

export type RewriteFormat = 'md' | 'html' | 'json' | 'docx'

export interface RewriteOptions {
  reseller: string
  upstream: string[]
  table?: string
  exclude: string[]
  format: RewriteFormat
  plain?: boolean
  report?: boolean
  output?: string
  lang: Lang
  maxSize: number
}

export async function rewriteCommand(options: RewriteOptions): Promise<void> {
  const {lang} = options
  stdinOnce([options.reseller, ...options.upstream, options.table], lang)
  if (options.format === 'docx') {
    if (options.report) throw new InvalidArgumentError(say(lang, {ja: '--report は DOCX では出力できません（md・html・json のいずれか）', en: '--report has no DOCX form; use md, html or json'}))
    refuseBinaryOnTerminal(options.output, lang)
  }
  const effective = await buildFromFiles(options)
  for (const warning of effective.report.warnings) process.stderr.write(visible(`yakkan: ${lang === 'ja' ? '警告' : 'warning'}: ${warning[lang]}`) + '\n')
  const text =
    options.format === 'docx'
      ? await (await import('../render/effective-docx.js')).renderEffectiveDocx(effective, {lang})
      : options.report
        ? renderReport(effective, options.format, lang)
        : renderEffective(effective, options.format, lang, options.plain ?? false)
  await writeOutput(text, {output: options.output})
}

/** Reads, parses and rewrites the files named by the options. */
export async function buildFromFiles(options: Pick<RewriteOptions, 'reseller' | 'upstream' | 'table' | 'exclude' | 'lang' | 'maxSize'>): Promise<EffectiveDocument> {
  const load = async (path: string): Promise<ParsedDocument> => {
    const input = await readDocument(path, options.maxSize)
    return {tree: parse(input.text, {lang: options.lang, path: displayPath(path, options.lang)}).tree, path}
  }
  const reseller = await load(options.reseller)
  const upstreams: ParsedDocument[] = []
  for (const path of options.upstream) upstreams.push(await load(path))
  const table = options.table === undefined ? undefined : (await import('../rewrite/table-file.js')).readingTableFromFile((await readDocument(options.table, options.maxSize)).text, options.table)
  const excludes = options.exclude.map(parseExcludeOption)
  return buildEffective(reseller, upstreams, {table, excludes})
}

export function renderEffective(effective: EffectiveDocument, format: Exclude<RewriteFormat, 'docx'>, lang: Lang, plain: boolean): string {
  if (format === 'json') return renderEffectiveJson(effective)
  if (format === 'html') return renderEffectiveHtml(effective, {lang})
  return renderEffectiveMarkdown(effective, {lang, plain})
}

export function renderReport(effective: EffectiveDocument, format: Exclude<RewriteFormat, 'docx'>, lang: Lang): string {
  if (format === 'json') return renderReportJson(effective)
  if (format === 'html') return renderReportHtml(effective, {lang})
  return renderReportMarkdown(effective, {lang})
}

/**
 * The `npm start` step: for each corpus document with a 読替え表, the effective terms (md and
 * html) and the report, read against the corpus documents its text names; into OUT/rewrite/.
 */
export async function rewriteStep(context: StartContext): Promise<void> {
  const {lang} = context
  const resellers = context.documents.filter((document) => readingTableFromTree(document.tree) || readingSentences(document.tree).length > 0)
  const candidates = context.documents.filter((document) => !resellers.includes(document))
  for (const reseller of resellers) {
    const upstreams = candidates.filter((candidate) => namesDocument(reseller.tree, candidate.tree))
    if (upstreams.length === 0) {
      context.print(lang === 'ja' ? `== 読替え: ${reseller.path} が名指す上流の約款がコーパスにありません` : `== rewrite: no upstream terms named by ${reseller.path} in the corpus`)
      continue
    }
    try {
      const effective = buildEffective(
        {tree: reseller.tree, path: reseller.path},
        upstreams.map((upstream) => ({tree: upstream.tree, path: upstream.path}))
      )
      const base = join('rewrite', reseller.name.replace(/\.[^./]+$/, ''))
      await context.write(`${base}.effective.md`, renderEffective(effective, 'md', lang, false))
      await context.write(`${base}.effective.html`, renderEffective(effective, 'html', lang, false))
      await context.write(`${base}.report.md`, renderReport(effective, 'md', lang))
      const {report} = effective
      const unmatched = report.rows.filter((row) => row.count === 0).length
      const names = upstreams.map((upstream) => upstream.path).join(', ')
      context.print(
        lang === 'ja'
          ? `== 読替え: ${reseller.path} ← ${names}: 読替え ${report.substitutions} 件、未使用の行 ${unmatched}、適用除外 ${report.exclusions.length}、優先する条項 ${report.overrides.length}（出力: ${join(context.out, base)}.effective.md/.html, .report.md）`
          : `== rewrite: ${reseller.path} ← ${names}: ${report.substitutions} substitutions, ${unmatched} unused rows, ${report.exclusions.length} exclusions, ${report.overrides.length} overriding articles (output: ${join(context.out, base)}.effective.md/.html, .report.md)`
      )
    } catch (error) {
      if (!(error instanceof RewriteError)) throw error
      process.stderr.write(`yakkan: ${reseller.path}: ${error.text(lang)}\n`)
      process.exitCode = 2
    }
  }
}
