// Binary outputs (DOCX) and the terminal: written to -o, or to stdout when it is a pipe.
import {InvalidArgumentError} from 'commander'
import {say, type Lang} from './lang.js'

/** Refuses, before any work, to write a binary file onto a terminal. */
export function refuseBinaryOnTerminal(output: string | undefined, lang: Lang): void {
  if ((output === undefined || output === '-') && process.stdout.isTTY) {
    throw new InvalidArgumentError(
      say(lang, {ja: 'DOCX はバイナリなので端末には出力しません。-o で出力先ファイルを指定してください', en: 'DOCX is binary and is not written to a terminal; name the output file with -o'})
    )
  }
}
