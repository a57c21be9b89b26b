// Parser diagnostics in Japanese (default) and English.
import {clauseWords, type ClauseWord} from './clause-words.js'

export type Lang = 'ja' | 'en'
export type {ClauseWord}

export interface MessageArgs {
  what?: ClauseWord
  expected?: string
  found?: string
}

const texts = {
  'numbering-gap': {
    ja: (a: MessageArgs) => `${word(a, 'ja')}の番号が飛んでいます（${a.expected}の次に${a.found}）`,
    en: (a: MessageArgs) => `${word(a, 'en')} numbering skips: ${a.found} follows ${a.expected}`
  },
  'numbering-duplicate': {
    ja: (a: MessageArgs) => `${word(a, 'ja')}の番号「${a.found}」が重複しています`,
    en: (a: MessageArgs) => `${word(a, 'en')} number ${a.found} is repeated`
  },
  'numbering-order': {
    ja: (a: MessageArgs) => `${word(a, 'ja')}の番号が順序どおりではありません（${a.expected}の次に${a.found}）`,
    en: (a: MessageArgs) => `${word(a, 'en')} numbers are out of order: ${a.found} follows ${a.expected}`
  },
  'numbering-unreadable': {
    ja: (a: MessageArgs) => `${word(a, 'ja')}の番号「${a.found}」を読み取れません（漢数字と数字が混在しています）`,
    en: (a: MessageArgs) => `${word(a, 'en')} number ${a.found} cannot be read (it mixes kanji and digits)`
  },
  'numbered-as-text': {
    ja: () => '番号付きの行をどの階層にも位置付けられず、直前の条項の本文として読みました',
    en: () => 'A numbered line fits no open level and was read as text of the clause before it'
  },
  'fragment-joined': {
    ja: () => '文の途中で切れた断片を直前の条項につなげました',
    en: () => 'A sentence fragment split from its clause was joined to the clause before it'
  },
  'unplaced-line': {
    ja: () => 'どの条項にも属さない番号付きの行です',
    en: () => 'A numbered line outside any article or appendix'
  }
} as const

export type ParseRuleId = keyof typeof texts

function word(args: MessageArgs, lang: Lang): string {
  if (!args.what) return ''
  const name = clauseWords[args.what][lang]
  // a message starts with it
  return lang === 'en' ? name[0].toUpperCase() + name.slice(1) : name
}

export function parseMessage(id: ParseRuleId, lang: Lang, args: MessageArgs = {}): string {
  return texts[id][lang](args)
}

/** An error that says what went wrong in Japanese and English; its `message` is the Japanese. */
export class BilingualError extends Error {
  constructor(readonly messages: {ja: string; en: string}) {
    super(messages.ja)
  }

  text(lang: Lang): string {
    return this.messages[lang]
  }
}
