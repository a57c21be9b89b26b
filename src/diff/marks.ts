// The words of a sentence that carry obligations: numbers and periods, parties, modality
// (義務・許可・禁止・努力義務・免責, negation), scope (一切, のみ, 限り, ただし) and citations.
// They are read on the editorial view, so 出来ません and できません, ２ヶ月 and 2か月 read alike.
import {readNumeral} from '../parse/normalize.js'
import {editorialView, monthAfter} from './editorial.js'

export type MarkCategory = 'numeric' | 'party' | 'modality' | 'scope' | 'reference'

export type Modality = 'obligation' | 'permission' | 'prohibition' | 'effort' | 'exemption' | 'negation'

/** numeric marks: 期間, 期限, 金額, 割合, 日付, 数量 */
export type Measure = 'period' | 'deadline' | 'amount' | 'rate' | 'date' | 'quantity'

export interface SentenceMark {
  category: MarkCategory
  /** what is compared across versions: 3か月前, 当社の負担, prohibition, 限り, to:art_11 */
  value: string
  /** the modality or measure, for labels */
  sort?: Modality | Measure
  /** offsets into the sentence */
  from: number
  to: number
}

/** A citation inside the sentence, its target already expressed in the new version's ids. */
export interface CitationSpan {
  from: number
  to: number
  target: string
}

// Checked in this order; a span taken by one pattern is not read again by a later one.
const modalityPatterns: Array<[Modality | 'exception' | 'idiom', RegExp]> = [
  ['exception', /この限りで(?:は)?(?:ない|ありません|なく)/g],
  // negative in form, not in meaning: やむを得ない事由, 理由を問わず, 前条にかかわらず (少なくとも: see negation)
  ['idiom', /やむを得(?:ない|ず)|止むを得(?:ない|ず)|問わ(?:ず|ない)|にかかわらず|に関わらず|関係なく|もれなく|漏れなく|滞りなく|間違いなく/g],
  // 責任を負いません / 負わない / 負いかねます / 負うことなく / 負うものではありません: all exemptions;
  // 責任を一切負わないものとします is one exemption, not an exemption and a duty, and its 一切 is still read as scope
  [
    'exemption',
    /責め?任?に任じ(?:ません|ない|ず)|責め?任?[をはも](?<scope>一切|何ら|なんら|いずれも|いかなる場合も)?負(?:いません|わない(?:ものと(?:します|する))?|わず|いかね(?:ます|る)|うことなく|うことは(?:ありません|ない)|うものでは(?:ありません|ない))|免責/dg
  ],
  ['prohibition', /(?:こと(?:は|が|も)?)?でき(?:ません|ない|ず)|てはな(?:らない|りません|らず)|禁止(?:します|する|され|とし)?|ないものと(?:します|する)/g],
  // 努めるものとします / 努めなければなりません are one best-efforts duty, not an effort and a duty
  ['effort', /努め(?:る(?:ものと(?:します|する))?|ます|なければな(?:らない|りません))|努力(?:する(?:ものと(?:します|する))?|します|義務)/g],
  [
    'permission',
    /(?:ことが)?でき(?:る|ます)(?:ものと(?:します|する))?|ことがあ(?:る|ります)(?=。|$)|妨げ(?:ない|ません)(?:ものと(?:します|する))?|差し?支えな[いく]|てもよい|権利を有/g
  ],
  [
    'obligation',
    /ものと(?:します|する)|なければな(?:らない|りません)|いただ(?:きます|く)|負担と(?:します|する)|(?:責任?|義務)を負(?:う|います|い)|支払(?:う|います)|くださ(?:い)|要(?:する|します)|必要があ(?:る|ります)/g
  ],
  ['negation', /ません|ない|(?<!少)なく|ず(?=[、。にとも]|$)|ぬ(?=[、。]|$)/g]
]

const scopePattern = /一切|すべて|全部|のみ|だけ|に限[りるら]|限り|限定|を除[きくい]|以外|ただし|少なくとも/g

const scopeValue = (word: string): string => {
  if (/^に?限/.test(word) || word === '限定') return '限り'
  if (/^を除|以外/.test(word)) return '除外'
  return word
}

// A party is 当社 or a person word ending in 者 or 会社 (契約者, 利用申込者, 第三者, …事業者,
// 運営会社), read as the whole run of kanji so that a qualified party (再販売事業者) is not the
// bare noun (事業者).
const partyPattern = /当社|弊社|[\u4e00-\u9fff\u3005]{1,8}(?:者|会社)/g
// The particle after a party says whether it bears something: subject, addressee, or 〜の負担.
const partyRole = /^(?:に対して|に対し|は|が|も|に|へ|の(?:負担|責任|責|費用|義務|権利|判断|承諾|同意|指定|請求))/

// 1,500 is one number: a comma between groups of three digits belongs to it.
const digits = '[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\\.[0-9]+)?'
const kanjiDigits = '[〇一二三四五六七八九十百千万]+'
const qualifier = '(前|後|以内|以上|以下|未満|超|経過)?'
const datePattern = new RegExp(`((?:19|20)[0-9]{2}|(?:令和|平成|昭和)(?:[0-9]+|元|${kanjiDigits}))年([0-9]+|${kanjiDigits})月(?:([0-9]+|${kanjiDigits})日)?`, 'g')
const numberPattern = new RegExp(
  `(?<![第0-9.])(${digits})(か月|年間|年度|年|週間|日間|営業日|日|時間|分間|分|秒|万円|円|%|パーセント|割|回|件|名|人|倍|通|GB|MB|TB|KB)${qualifier}`,
  'g'
)
// 一月前 in statute style is a month; 十二月 alone is December
const kanjiNumberPattern = new RegExp(`(?<![第〇一二三四五六七八九十百千万])(${kanjiDigits})(か月|月(?=${monthAfter})|年間|年|週間|日間|営業日|日|時間|万円|円|割|パーセント|倍)${qualifier}`, 'g')
const deadlinePattern = /前日|翌日|当日|翌営業日|前月|翌々月|翌月|当月|月末|末日|期日|期限|直ちに|速やかに|遅滞なく|あらかじめ|事前に/g

const timeUnits = new Set(['か月', '年間', '年度', '年', '週間', '日間', '営業日', '日', '時間', '分間', '分', '秒'])

function measureOf(unit: string, qual: string): Measure {
  if (unit === '円' || unit === '万円') return 'amount'
  if (unit === '%' || unit === 'パーセント' || unit === '割') return 'rate'
  if (timeUnits.has(unit)) return qual === '' || qual === '以上' || qual === '以下' || qual === '未満' || qual === '超' ? 'period' : 'deadline'
  return 'quantity'
}

/** Every mark of a sentence, in order of position. */
export function findMarks(sentence: string, citations: CitationSpan[] = []): SentenceMark[] {
  const view = editorialView(sentence)
  // Citations are masked so that 第10条 is not read as a number and 前項 not as a party.
  const taken = new Array<boolean>(view.text.length).fill(false)
  for (let k = 0; k < view.text.length; k++) {
    const at = view.map[k]
    if (citations.some((c) => at >= c.from && at < c.to)) taken[k] = true
  }
  const marks: SentenceMark[] = citations.map((c) => ({category: 'reference', value: c.target, from: c.from, to: c.to}))
  const add = (category: MarkCategory, value: string, a: number, b: number, sort?: Modality | Measure) => {
    marks.push({category, value, sort, from: view.map[a], to: view.map[b - 1] + 1})
  }
  const free = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (taken[k]) return false
    return true
  }
  const take = (a: number, b: number) => {
    for (let k = a; k < b; k++) taken[k] = true
  }

  for (const [sort, pattern] of modalityPatterns) {
    for (const m of view.text.matchAll(pattern)) {
      const a = m.index
      const b = a + m[0].length
      if (!free(a, b)) continue
      take(a, b)
      const scope = m.indices?.groups?.scope
      if (scope) taken.fill(false, scope[0], scope[1])
      if (sort === 'exception') add('scope', 'この限りでない', a, b)
      else if (sort !== 'idiom') add('modality', sort, a, b, sort)
    }
  }
  for (const m of view.text.matchAll(scopePattern)) {
    const a = m.index
    if (free(a, a + m[0].length)) add('scope', scopeValue(m[0]), a, a + m[0].length)
  }
  for (const m of view.text.matchAll(partyPattern)) {
    const a = m.index
    const b = a + m[0].length
    const role = partyRole.exec(view.text.slice(b))
    if (role && free(a, b)) add('party', m[0] + role[0], a, b + role[0].length)
  }
  for (const m of view.text.matchAll(datePattern)) {
    const a = m.index
    const b = a + m[0].length
    if (!free(a, b)) continue
    take(a, b)
    const part = (raw: string | undefined) => (raw === undefined ? '' : raw === '元' ? '1' : String(readNumeral(raw) ?? raw))
    const era = /^(令和|平成|昭和)/.exec(m[1])?.[1] ?? ''
    add('numeric', `${era}${part(era ? m[1].slice(2) : m[1])}-${part(m[2])}-${part(m[3])}`, a, b, 'date')
  }
  for (const pattern of [numberPattern, kanjiNumberPattern]) {
    for (const m of view.text.matchAll(pattern)) {
      const a = m.index
      const b = a + m[0].length
      if (!free(a, b)) continue
      take(a, b)
      const qual = m[3] ?? ''
      // 一月前 and 一か月前 are the same period
      const unit = m[2] === '月' ? 'か月' : m[2]
      add('numeric', `${readNumeral(m[1].replace(/,/g, '')) ?? m[1]}${unit}${qual}`, a, b, measureOf(unit, qual))
    }
  }
  for (const m of view.text.matchAll(deadlinePattern)) {
    const a = m.index
    if (free(a, a + m[0].length)) add('numeric', m[0], a, a + m[0].length, 'deadline')
  }
  return marks.sort((x, y) => x.from - y.from || x.to - y.to)
}
