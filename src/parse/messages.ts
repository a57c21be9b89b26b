// Parser diagnostics in Japanese (default) and English.

export type Lang = 'ja' | 'en'

type Args = Record<string, string | number>

const texts = {
  'numbering-gap': {
    ja: (a: Args) => `${a.what}の番号が飛んでいます（${a.expected}の次に${a.found}）`,
    en: (a: Args) => `${a.whatEn} numbering skips: ${a.found} follows ${a.expected}`
  },
  'numbering-duplicate': {
    ja: (a: Args) => `${a.what}の番号「${a.found}」が重複しています`,
    en: (a: Args) => `${a.whatEn} number ${a.found} is repeated`
  },
  'numbering-order': {
    ja: (a: Args) => `${a.what}の番号が順序どおりではありません（${a.expected}の次に${a.found}）`,
    en: (a: Args) => `${a.whatEn} numbers are out of order: ${a.found} follows ${a.expected}`
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

export function parseMessage(id: ParseRuleId, lang: Lang, args: Args = {}): string {
  return texts[id][lang](args)
}

export const clauseWords = {
  article: {ja: '条', en: 'Article'},
  paragraph: {ja: '項', en: 'Paragraph'},
  item: {ja: '号', en: 'Item'},
  subitem: {ja: '細分', en: 'Sub-item'},
  appendix: {ja: '別記等の区分', en: 'Appendix part'}
} as const
