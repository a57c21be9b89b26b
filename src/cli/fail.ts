// Turning any error into one line on stderr and exit code 2; people never see a stack trace.
import {CommanderError} from 'commander'
import {InputError} from '../parse/decode.js'
import type {Lang} from './lang.js'
import {usageMessage} from './usage-messages.js'
import {visible} from './visible.js'

export function fail(error: unknown, lang: Lang): void {
  if (error instanceof CommanderError) {
    // --help and --version end here too, successfully.
    if (error.exitCode === 0) return
    // Help printed because no command was given: the help is the message.
    if (error.code !== 'commander.help' && error.code !== 'commander.helpDisplayed') {
      const detail = usageMessage(error.message, lang)
      report(lang === 'ja' ? `使い方が正しくありません: ${detail}（yakkan --help を参照）` : `${detail} (see yakkan --help)`)
    }
  } else if (error instanceof InputError) {
    report(error.path === undefined ? error.text(lang) : `${displayPath(error.path, lang)}: ${error.text(lang)}`)
  } else if (isLocalized(error)) {
    report(error.text(lang))
  } else {
    const detail = error instanceof Error ? error.message : String(error)
    report(lang === 'ja' ? `予期しないエラーが起きました: ${detail}` : `unexpected error: ${detail}`)
  }
  process.exitCode = 2
}

/** An error raised for what the input says (a refused rewrite, …), worded in both languages. */
interface Localized {
  text(lang: Lang): string
}

function isLocalized(error: unknown): error is Localized {
  return error instanceof Error && typeof (error as Partial<Localized>).text === 'function'
}

/** How an input is named in messages: `-` is standard input. */
export function displayPath(path: string, lang: Lang): string {
  if (path !== '-') return path
  return lang === 'ja' ? '標準入力' : 'standard input'
}

function report(message: string): void {
  process.stderr.write(`yakkan: ${visible(message.replace(/\s*\n\s*/g, ' '))}\n`)
}
