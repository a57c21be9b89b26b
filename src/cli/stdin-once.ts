// Standard input can be read once: `diff - -` or `rewrite --reseller - --upstream -` would
// give the second reader nothing (or the same text), so naming it twice is a usage error.
import {InvalidArgumentError} from 'commander'
import {say, type Lang} from './lang.js'

/** Throws a usage error when `-` is among `sources` more than once. */
export function stdinOnce(sources: ReadonlyArray<string | undefined>, lang: Lang): void {
  if (sources.filter((source) => source === '-').length > 1) {
    throw new InvalidArgumentError(
      say(lang, {ja: '標準入力（-）を指定できるのは 1 か所だけです', en: 'standard input (-) can be named only once'})
    )
  }
}
