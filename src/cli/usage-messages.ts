// commander writes its usage errors in English; in Japanese they are said again here. Only
// commander's own messages (they start with `error: `) are translated: a usage error that
// a command raises itself is already worded in both languages.
import type {Lang} from './lang.js'

const japanese: Array<[RegExp, (...parts: string[]) => string]> = [
  [/^unknown option '(.*)'$/, (flag) => `不明なオプション '${flag}'`],
  [/^unknown command '(.*)'$/, (name) => `不明なコマンド '${name}'`],
  [/^missing required argument '(.*)'$/, (name) => `引数 '${name}' がありません`],
  [/^option '(.*)' argument missing$/, (flags) => `オプション '${flags}' に値がありません`],
  [/^required option '(.*)' not specified$/, (flags) => `必須のオプション '${flags}' がありません`],
  [/^option '(.*)' argument '(.*)' is invalid\.$/, (flags, value) => `オプション '${flags}' の値 '${value}' は使えません`],
  [/^command-argument value '(.*)' is invalid for argument '(.*)'\.$/, (value, name) => `引数 '${name}' の値 '${value}' は使えません`],
  [/^too many arguments(?: for '(.*)')?\.$/, (name) => `${name ? `${name} の` : ''}引数が多すぎます`],
  [/^Expected (\d+) arguments? but got (\d+)\.$/, (expected, got) => `${expected} 個のところ ${got} 個あります`],
  [/^(.*) cannot be used with (.*)$/, (a, b) => `${a} と ${b} は同時に使えません`],
  [/^Allowed choices are (.*)\.$/, (choices) => `選べる値: ${choices}`],
  [/^\(Did you mean one of (.*)\?\)$/, (names) => `（${names} のどれかですか？）`],
  [/^\(Did you mean (.*)\?\)$/, (name) => `（${name} ですか？）`]
]

/** commander's message without its `error: ` prefix, in `lang`; a command's own message as it is. */
export function usageMessage(message: string, lang: Lang): string {
  if (!message.startsWith('error: ')) return message
  const english = message.slice('error: '.length)
  if (lang === 'en') return english
  // A message is a sentence, then maybe a custom parser's reason or a suggestion.
  return english
    .split(/(?<=\.) (?=\S)|\n/)
    .map((sentence) => {
      for (const [pattern, say] of japanese) {
        const match = pattern.exec(sentence)
        if (match) return say(...match.slice(1))
      }
      return sentence
    })
    .join('。')
}
