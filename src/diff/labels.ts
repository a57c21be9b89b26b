// Names for people, in Japanese and English, of what the diff reports.
import type {EditorialKind} from './editorial.js'
import type {Measure, Modality} from './marks.js'
import type {ChangeKind, Direction, Label, ChangeSeverity} from './types.js'

export const kindNames: Record<ChangeKind, Label> = {
  numeric: {ja: '数値・期間', en: 'numbers and periods'},
  party: {ja: '当事者', en: 'parties'},
  modality: {ja: '義務・権利', en: 'duties and rights'},
  scope: {ja: '範囲', en: 'scope'},
  structure: {ja: '構成', en: 'structure'},
  reference: {ja: '参照', en: 'references'},
  renumbering: {ja: '番号', en: 'numbering'},
  wording: {ja: '文言', en: 'wording'},
  editorial: {ja: '表記', en: 'editorial'},
  rename: {ja: '呼称の一括変更', en: 'rename'}
}

export const directionNames: Record<Direction, Label> = {
  'favours-customer': {ja: '契約者に有利', en: 'favours the customer'},
  'favours-provider': {ja: '契約者に不利', en: 'against the customer'},
  neutral: {ja: '中立', en: 'neutral'},
  unclear: {ja: '要確認', en: 'unclear'}
}

export const severityNames: Record<ChangeSeverity, Label> = {
  high: {ja: '高', en: 'high'},
  medium: {ja: '中', en: 'medium'},
  low: {ja: '低', en: 'low'}
}

export const modalityNames: Record<Modality, Label> = {
  obligation: {ja: '義務', en: 'obligation'},
  permission: {ja: '許可・権利', en: 'permission'},
  prohibition: {ja: '禁止', en: 'prohibition'},
  effort: {ja: '努力義務', en: 'best-efforts duty'},
  exemption: {ja: '免責', en: 'exemption'},
  negation: {ja: '否定', en: 'negation'}
}

export const measureNames: Record<Measure, Label> = {
  period: {ja: '期間', en: 'period'},
  deadline: {ja: '期限', en: 'deadline'},
  amount: {ja: '金額', en: 'amount'},
  rate: {ja: '割合', en: 'rate'},
  date: {ja: '日付', en: 'date'},
  quantity: {ja: '数量', en: 'quantity'}
}

export const editorialNames: Record<EditorialKind, Label> = {
  spacing: {ja: '空白', en: 'spacing'},
  width: {ja: '全角・半角', en: 'character width'},
  counter: {ja: 'ヶ・か', en: 'counter ヶ/か'},
  okurigana: {ja: '送り仮名', en: 'okurigana'},
  kana: {ja: 'かな・漢字', en: 'kana/kanji'},
  punctuation: {ja: '句読点', en: 'punctuation'}
}

/** Joins labels: (a, b) → "a・b" / "a, b". */
export function joinLabels(labels: Label[]): Label {
  return {ja: labels.map((l) => l.ja).join('・'), en: labels.map((l) => l.en).join(', ')}
}
