// What each kind of clause is called, in messages and labels: one table for the parser's
// diagnostics and the 新旧対照表. イ・ロ・ハ under a 号 are its 細分 (号の細分), as
// legislative drafting names them.
export const clauseWords = {
  chapter: {ja: '章', en: 'chapter'},
  section: {ja: '節', en: 'section'},
  article: {ja: '条', en: 'article'},
  paragraph: {ja: '項', en: 'paragraph'},
  item: {ja: '号', en: 'item'},
  subitem: {ja: '細分', en: 'sub-item'},
  table: {ja: '表', en: 'table'},
  tableRow: {ja: '表の行', en: 'table row'},
  /** a part of an appendix: (ア) / (イ) versions, 別表 sections */
  part: {ja: '区分', en: 'appendix part'},
  appendix: {ja: '別記等', en: 'appendix'},
  preamble: {ja: '前文', en: 'preamble'}
} as const

export type ClauseWord = keyof typeof clauseWords
