// The language of messages for people: Japanese unless `--lang en` is given.

import type {Lang} from '../parse/messages.js'

export type {Lang}

export const langs: Lang[] = ['ja', 'en']

/**
 * Reads `--lang` from the raw arguments, before commander parses them, so that help
 * texts and commander's own errors can already be in the chosen language.
 */
export function pickLang(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined
    if (value === 'en' || value === 'ja') return value
  }
  return 'ja'
}

/** Picks the message for `lang` from a pair. */
export function say(lang: Lang, messages: {ja: string; en: string}): string {
  return messages[lang]
}
