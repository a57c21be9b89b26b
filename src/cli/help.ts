// What `yakkan COMMAND --help` shows after the options: examples and exit codes.
import {say, type Lang} from './lang.js'

const examples: Record<string, string[]> = {
  parse: [
    'yakkan parse terms.md',
    'yakkan parse terms.md --format json -o tree.json',
    'cat terms.txt | yakkan parse - --format text'
  ],
  check: [
    'yakkan check terms.md',
    'yakkan check corpus',
    "yakkan check 'terms/**/*.md' --format sarif -o yakkan.sarif",
    'yakkan check terms.md --upstream upstream/general.md --max-warnings 0'
  ],
  rewrite: [
    'yakkan rewrite --reseller reseller.md --upstream general.md --upstream service.md -o effective.md',
    'yakkan rewrite --reseller reseller.md --upstream general.md --table table.tsv --format html -o effective.html',
    'yakkan rewrite --reseller reseller.md --upstream general.md --report'
  ],
  diff: [
    'yakkan diff old.md new.md',
    'yakkan diff old.md new.md --format html -o taisho.html',
    'yakkan diff old.md new.md --format json --fail-on high'
  ],
  start: ['yakkan start corpus -o out'],
  yakkan: [
    'yakkan parse terms.md',
    "yakkan check 'terms/**/*.md' --format sarif -o yakkan.sarif",
    'yakkan rewrite --reseller reseller.md --upstream general.md -o effective.md',
    'yakkan diff old.md new.md --format html -o taisho.html',
    'yakkan check --help'
  ]
}

// Every command ends with 2 for a usage error, an input that cannot be read or an output that cannot be written.
const exitCodes: Record<string, {ja: string[]; en: string[]}> = {
  parse: {ja: ['0  解析できた（診断があっても）'], en: ['0  parsed (diagnostics or not)']},
  check: {
    ja: ['0  エラーなし（警告は --max-warnings まで）', '1  エラーがある、または警告が --max-warnings を超えた'],
    en: ['0  no errors (and no more warnings than --max-warnings)', '1  errors, or more warnings than --max-warnings']
  },
  rewrite: {ja: ['0  書き出せた'], en: ['0  written']},
  diff: {ja: ['0  比較できた', '1  --fail-on の重要度以上の変更がある'], en: ['0  compared', '1  a change of the --fail-on severity or higher']},
  start: {ja: ['0  すべての文書を処理できた'], en: ['0  every document processed']},
  yakkan: {
    ja: ['0  成功', '1  check でエラーがある、diff で --fail-on に当たる変更がある'],
    en: ['0  success', '1  check found errors, or diff found a change at the --fail-on severity']
  }
}

export function helpAfter(command: string, lang: Lang): string {
  const codes = [
    ...(exitCodes[command]?.[lang] ?? []),
    say(lang, {ja: '2  使い方の誤り、読めない入力、書き込めない出力（標準エラーに 1 行）', en: '2  a usage error, an input that cannot be read or an output that cannot be written (one line on stderr)'})
  ]
  return [
    '',
    say(lang, {ja: '例:', en: 'Examples:'}),
    ...(examples[command] ?? []).map((line) => `  ${line}`),
    '',
    say(lang, {ja: '終了コード:', en: 'Exit codes:'}),
    ...codes.map((line) => `  ${line}`)
  ].join('\n')
}
