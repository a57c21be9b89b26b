// The court agreed on (合意管轄): a court where the provider has its seat (当社の本店所在地を管轄する
// 裁判所) makes the customer travel to sue or be sued and favours the provider; one where the
// customer or the defendant lives favours the customer. A court named outright (東京地方裁判所)
// says nothing about either side, so a change to or from one is left unread.
import {compact} from '../../../parse/normalize.js'
import {favours, type DirectionRule, type Role} from '../types.js'
import {arrow, newWords, oldWords} from '../words.js'

const providerSeat = /(?:当社|弊社|本会|運営会社)の?(?:本店|本社|主たる事務所)?(?:の)?(?:所在地|住所)/
const customerSeat = /(?:契約者|利用者|会員|お客様|被告)の?(?:住所|所在地|居所)/

function seatOf(written: string | undefined): Role | undefined {
  // 当社 の 本店所在地, full-width letters: read as the matcher reads names
  const text = compact(written ?? '')
  if (!/管轄/.test(text)) return undefined
  const provider = providerSeat.test(text)
  const customer = customerSeat.test(text)
  return provider === customer ? undefined : provider ? 'provider' : 'customer'
}

export const jurisdiction: DirectionRule = {
  name: 'jurisdiction',
  judge(situation) {
    if (!situation.change.old || !situation.change.new) return undefined
    const before = seatOf(situation.oldText)
    const after = seatOf(situation.newText)
    if (!before || !after || before === after) return undefined
    const quote = {ja: arrow(oldWords(situation), newWords(situation), 'ja'), en: arrow(oldWords(situation), newWords(situation), 'en')}
    return favours(after, {
      ja: after === 'provider' ? `管轄裁判所が事業者側の所在地に移る（${quote.ja}）` : `管轄裁判所が契約者側の住所地に移る（${quote.ja}）`,
      en: after === 'provider' ? `the agreed court moves to the provider's seat (${quote.en})` : `the agreed court moves to where the customer lives (${quote.en})`
    })
  }
}
