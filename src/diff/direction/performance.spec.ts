import {describe, expect, it} from 'vitest'
import {performanceOf} from './performance.js'

describe('performanceOf', () => {
  it('reads an act that gives the other side something as a burden on its actor, and its negative as a benefit', () => {
    expect(performanceOf('当社は、前払いの料金を日割りで返金します。')).toEqual({verb: '返金', negated: false, weight: 1})
    expect(performanceOf('当社は、前払いの料金を返金しません。')).toEqual({verb: '返金', negated: true, weight: -1})
    expect(performanceOf('当社は、メンテナンスの日時を事前に通知いたします。')).toMatchObject({verb: '通知', weight: 1})
    expect(performanceOf('当社は、その料金を返金しないものとします。')).toMatchObject({verb: '返金', negated: true, weight: -1})
    expect(performanceOf('当社は、障害の原因について説明を行います。')).toMatchObject({verb: '説明', weight: 1})
  })

  it('reads an act taken against the other side as a benefit to its actor, and its negative as a burden', () => {
    expect(performanceOf('当社は、料金の滞納があったときは、利用契約を解除します。')).toEqual({verb: '解除', negated: false, weight: -1})
    expect(performanceOf('当社は、滞納があったときでも、利用契約を解除しません。')).toEqual({verb: '解除', negated: true, weight: 1})
    expect(performanceOf('当社は、超過した分の料金を請求するものとします。')).toMatchObject({verb: '請求', weight: -1})
  })

  it('reads nothing where the sentence does not end on a listed act', () => {
    expect(performanceOf('当社は、本サービスの提供を停止することができます。')).toBeUndefined()
    expect(performanceOf('当社は、料金を変更します。')).toBeUndefined()
    expect(performanceOf('返金の方法は、別に定めます。')).toBeUndefined()
  })
})
