import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {jurisdiction} from './jurisdiction.js'

const court = (oldText: string, newText: string) => situation('wording', ['x'], ['y'], {severity: 'medium', oldText, newText})

describe('jurisdiction', () => {
  it('a court moved to the provider’s seat favours the provider; to where the customer lives, the customer', () => {
    expect(
      jurisdiction.judge(court('本規約に関する訴訟は、被告の住所地を管轄する地方裁判所を専属的合意管轄裁判所とします。', '本規約に関する訴訟は、当社の本店所在地を管轄する地方裁判所を専属的合意管轄裁判所とします。'))?.direction
    ).toBe('favours-provider')
    expect(jurisdiction.judge(court('訴訟は、当社の本店所在地を管轄する簡易裁判所とします。', '訴訟は、契約者の住所地を管轄する簡易裁判所とします。'))?.direction).toBe('favours-customer')
    expect(jurisdiction.judge(court('訴訟は、被告の住所地を管轄する裁判所とします。', '訴訟は、当社 の 本店所在地を管轄する裁判所とします。'))?.direction).toBe('favours-provider')
  })
  it('passes on a court named outright, and on sentences about something else', () => {
    expect(jurisdiction.judge(court('訴訟は、被告の住所地を管轄する裁判所とします。', '訴訟は、東京地方裁判所を専属的合意管轄裁判所とします。'))).toBeUndefined()
    expect(jurisdiction.judge(court('当社の住所に変更があったときは通知します。', '契約者の住所に変更があったときは通知します。'))).toBeUndefined()
  })
})
