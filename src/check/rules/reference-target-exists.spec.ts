import {describe, expect, it} from 'vitest'
import {check} from '../../../test/helpers/check.js'

describe('reference-target-exists', () => {
  const doc = (reference: string) =>
    ['第1条（料金）', `料金は、${reference}に定めます。`, '', '別表第1（手数料）', '', '品目\t額', 'A\t1円', '', '別表第1の2（料金）', '', '品目\t月額', 'A\t100円', ''].join('\n')

  it('finds an appendix numbered with a branch (別表第1の2), and reports one that is not there by its own name', async () => {
    expect(await check(doc('別表第1の2'))).toEqual([])
    expect(await check(doc('別表第一の二'))).toEqual([])
    expect((await check(doc('別表第1の3'))).map((f) => [f.position.start.line, f.ruleId, f.message])).toEqual([[2, 'reference-target-exists', '「別表第1の3」は存在しません']])
  })
})
