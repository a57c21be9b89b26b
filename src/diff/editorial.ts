// The editorial view of a text: what remains once width, spacing, ヶ/か, okurigana
// (申し立て/申立て), kana/kanji (出来/でき, 又は/または) and punctuation are normalised.
// Two texts with the same view differ only editorially (表記). Each character of a view
// keeps the offset it came from, so what is found in the view points back into the text.
import {compact, compactWithMap} from '../parse/normalize.js'

export interface View {
  text: string
  /** source offset of each character of `text`, plus one end sentinel */
  map: number[]
}

/** Stages of normalisation, in the order they are applied; a difference is named after the stage that removes it. */
export type EditorialKind = 'spacing' | 'width' | 'counter' | 'okurigana' | 'kana' | 'punctuation'

type Rule = [RegExp, (match: RegExpExecArray) => string]

const kanji = '\\u4e00-\\u9fff\\u3005'

/** What follows a statute's month written without か (一月前, 三月以内); 十二月 alone is December. */
export const monthAfter = '(?:前|以内|以上|経過|後|間)'

const counterRules: Rule[] = [
  // 2ヶ月, 3ヵ月, 2カ月, 2箇月, 5ケ所 → 2か月, 5か所
  [/([0-9〇一二三四五六七八九十百千]+)[ヶケカヵ箇個か](?=[月所国年条])/g, (m) => `${m[1]}か`],
  // 一月前, 三月以内: a statute's months written without か (十二月 alone, a date, stays)
  [new RegExp(`([〇一二三四五六七八九十]+)(?=月${monthAfter})`, 'g'), (m) => `${m[1]}か`]
]

const okuriganaRules: Rule[] = [
  // one okurigana kana inside a compound verb or noun: 申し立て → 申立て, 取り消す → 取消す,
  // 受け付け → 受付け; only after the verbs that form such compounds, so 限り取消 stays as it is
  [new RegExp(`([申取受引振払込見問差読割繰書切締売立組貸買届打呼乗付落入送追抜貼])[りしいきちみけえてせげれめびぎ](?=[${kanji}])`, 'g'), (m) => m[1]],
  // a trailing okurigana kana of nouns written both ways: 支払い/支払, 申込み/申込, 取消し/取消
  [
    /(支払|申込|取消|手続|申立|取扱|受付|引渡|振込|払込|払戻|見積|問合|差押|読替|取決|割当|繰越|書換|切替|締切|売上|立会|組合|貸出|取下|取立|買取|届出|申出|引落|払出|取引|取組|取付|取替)[いしみきてえりせめげ]/g,
    (m) => m[1]
  ]
]

const kanaRules: Rule[] = [
  [/出来/g, () => 'でき'],
  [/又は/g, () => 'または'],
  [/及び/g, () => 'および'],
  [/並びに/g, () => 'ならびに'],
  [/若しくは/g, () => 'もしくは'],
  [/但し/g, () => 'ただし'],
  [/[全総]て/g, () => 'すべて'],
  [/尚(?=、)/g, () => 'なお'],
  [/又(?=、)/g, () => 'また'],
  [/予め/g, () => 'あらかじめ'],
  [/何[ら等]/g, () => 'なんら'],
  [/於(?=[いけ])/g, () => 'お'],
  [/[依因拠]り/g, () => 'より'],
  [/無(?=[いくけかし])/g, () => 'な'],
  [/有(?=る)/g, () => 'あ'],
  [/迄/g, () => 'まで'],
  [/共に/g, () => 'ともに'],
  [/下さ(?=[いる])/g, () => 'くださ'],
  [/頂(?=[きくけ])/g, () => 'いただ'],
  [/致(?=し[まてた])/g, () => 'いた'],
  [/既に/g, () => 'すでに'],
  [/更に/g, () => 'さらに'],
  [/従(?=[いうえっわ])/g, () => 'したが'],
  [/(?<=に)当た(?=[りるっら])/g, () => 'あた'],
  [/即ち/g, () => 'すなわち'],
  [/且つ/g, () => 'かつ'],
  [/概ね/g, () => 'おおむね'],
  [/殆ど/g, () => 'ほとんど'],
  [/(?<=[るたいうくすつぬむぶぐ])事(?=[がはをにもとの])/g, () => 'こと'],
  [/(?<=[のるた])為(?=[にので])/g, () => 'ため'],
  [/(?<=[のなるた])様(?=[なにで])/g, () => 'よう'],
  // 住所等の情報 / 住所などの情報; not 同等, 平等, 対等, 均等, 上等 …
  [/(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc])(?<![同平対均高上劣優初中特彼])等(?=[のをにはがでともへ、。）)])/g, () => 'など'],
  // サーバー/サーバ: a long-vowel mark ending a katakana word
  [/([\u30a1-\u30fa])ー(?![\u30a1-\u30fa\u30fc])/g, (m) => m[1]]
]

const punctuationRules: Rule[] = [
  [/(?<![0-9]),(?![0-9])/g, () => '、'],
  [/(?<![0-9])\.(?![0-9])/g, () => '。']
]

const stages: Array<[EditorialKind, Rule[]]> = [
  ['counter', counterRules],
  ['okurigana', okuriganaRules],
  ['kana', kanaRules],
  ['punctuation', punctuationRules]
]

/** The full editorial view of a text, with offsets back into it. */
export function editorialView(value: string): View {
  let view: View = compactWithMap(value)
  for (const [, rules] of stages) view = applyRules(view, rules)
  return view
}

// Keys are asked for again and again (alignment, similarity, classification); remembering
// them keeps the garbage collector quiet, which matters next to kuromoji's large heap.
const keys = new Map<string, string>()

/** The text two editorially equal texts share: the view without 、 and 。. */
export function editorialKey(value: string): string {
  let key = keys.get(value)
  if (key === undefined) {
    if (keys.size >= 50_000) keys.clear()
    key = normalised(value).replace(/[、。]/g, '')
    keys.set(value, key)
  }
  return key
}

/** The view's text alone: the same rules, without keeping offsets (keys are made for every clause). */
function normalised(value: string): string {
  let text = compact(value)
  for (const [, rules] of stages) {
    for (const [pattern, replace] of rules) text = text.replace(pattern, (...match) => replace(match as unknown as RegExpExecArray))
  }
  return text
}

/** Text without any white space: two texts equal this way differ in layout only. */
export const spaceless = (text: string) => text.replace(/[\s\u3000]/g, '')

/** Why two different texts are editorially equal, or undefined when they are not (or are identical). */
export function editorialKind(a: string, b: string): EditorialKind | undefined {
  if (a === b) return undefined
  if (spaceless(a) === spaceless(b)) return 'spacing'
  let viewA: View = compactWithMap(a)
  let viewB: View = compactWithMap(b)
  if (viewA.text === viewB.text) return 'width'
  for (const [kind, rules] of stages) {
    viewA = applyRules(viewA, rules)
    viewB = applyRules(viewB, rules)
    if (viewA.text === viewB.text) return kind
  }
  return viewA.text.replace(/[、。]/g, '') === viewB.text.replace(/[、。]/g, '') ? 'punctuation' : undefined
}

function applyRules(view: View, rules: Rule[]): View {
  for (const [pattern, replace] of rules) view = applyRule(view, pattern, replace)
  return view
}

function applyRule(view: View, pattern: RegExp, replace: (match: RegExpExecArray) => string): View {
  let text = ''
  const map: number[] = []
  let last = 0
  for (const match of view.text.matchAll(pattern)) {
    const at = match.index
    text += view.text.slice(last, at)
    for (let i = last; i < at; i++) map.push(view.map[i])
    const replacement = replace(match)
    const width = match[0].length
    // Replacement characters point at the matched characters they stand for, the extra ones at its last.
    for (let i = 0; i < replacement.length; i++) map.push(view.map[at + Math.min(i, width - 1)])
    text += replacement
    last = at + width
  }
  if (last === 0) return view
  text += view.text.slice(last)
  for (let i = last; i <= view.text.length; i++) map.push(view.map[i])
  return {text, map}
}
