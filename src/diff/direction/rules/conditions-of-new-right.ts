// A deadline or a limit that comes with a right granted in the same sentence (取り消すこと
// はできません → 前日までに限り、取り消すことができます) is a condition of that right: against the
// old text, which gave no right at all, it takes nothing away. The grant is judged once,
// on the modality change.
import {modalitiesOf} from '../stance.js'
import type {DirectionRule} from '../types.js'

export const conditionsOfNewRight: DirectionRule = {
  name: 'conditions-of-new-right',
  judge({change, siblings}) {
    if ((change.kind !== 'numeric' && change.kind !== 'scope') || !change.old || !change.new || change.old.words.length > 0) return undefined
    const granted = siblings.some(
      (s) => s.kind === 'modality' && (s.new?.words ?? []).flatMap(modalitiesOf).includes('permission') && !(s.old?.words ?? []).flatMap(modalitiesOf).includes('permission')
    )
    if (!granted) return undefined
    return {direction: 'neutral', reason: {ja: '新たに認める権利の条件（権利の付与と合わせて評価）', en: 'a condition of a right granted in the same sentence (judged with the grant)'}}
  }
}
