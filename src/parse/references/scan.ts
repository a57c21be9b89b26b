// Finding references in a string. Each character that can open a reference (第 前 次 本 同 各 別 附)
// is tried as one; what matches is taken whole — caption, sub-levels, and the ranges and lists
// that follow — so the scan never starts again inside a reference it has read.
import {pointFinder} from '../lines.js'
import type {AppendixKind, Point, Position} from '../types.js'
import {readNumeral} from '../normalize.js'
import {citesFormerText, formerText} from './former.js'
import type {Antecedent, ProvisionPart, Reference, ReferenceKind, Step, StepLevel} from '../references.js'

const SP = '[ \\u3000\\t]*'
const NUM = '(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+)'
const re = (source: string) => new RegExp(source, 'yd')

const articleHead = re(`第${SP}(${NUM})${SP}条`)
const branch = re(`${SP}の${SP}(${NUM})`)
const paragraphHead = re(`${SP}第${SP}(${NUM})${SP}項`)
const itemHead = re(`${SP}第${SP}(${NUM})${SP}号`)
const marker = re(`${SP}[(（]${SP}([0-9０-９]+)${SP}[)）]`)
const eachItem = re(`${SP}各${SP}号(?!列記)`)
const eachParagraph = re(`${SP}各${SP}項`)
const relArticle = re(`([前次本同])${SP}条`)
const relParagraph = re(`前${SP}(${NUM}|各)?${SP}項|([次本同])${SP}項`)
const relItem = re(`前${SP}各${SP}号|前${SP}(${NUM})${SP}号|([前次本同])${SP}号`)
const appendixHead = re('(別記|別紙|別表|附則)')
// 別表第1の2: the branch after の
const appendixNum = re(`${SP}(?:第${SP})?(${NUM})(?:の(${NUM}))?(?!${SP}[条項号])`)
const quotedTitle = re('[「【『]([^」】』\\n]{1,30})[」】』]')
// 別紙読替え表: a kanji/katakana name ending in 表, okurigana allowed, particles not
const bareTitle = re('[\\u3400-\\u9fffァ-ヶー](?:[\\u3400-\\u9fffァ-ヶー]|[えいうおきくけこしすせたちつてなねまみむめもらりるれろわ](?=[\\u3400-\\u9fffァ-ヶー]))*?表')
const rangeJoin = re(`${SP}(から|ないし|乃至|[〜～~])${SP}`)
/** 及び, 並びに, 又は, 若しくは, in kanji or kana */
const AND_OR = '及び|および|並びに|ならびに|又は|または|若しくは|もしくは'
const listJoin = re(`${SP}(?:[、，,・]${SP})?(?:${AND_OR})?${SP}(?:[、，,]${SP})?`)
const until = re(`${SP}まで`)
/** the part of a provision named after it (イ及びロ, 本文, ただし書, 前段), which a list may follow */
const subitem = '[イロハニホヘトチリヌルヲ]'
const qualifier = re(`(?:${subitem}(?:(?:、|及び|並びに|又は|若しくは)${subitem})*(?![ァ-ヶー])|本文|ただし書き?|但し?書き?|前段|後段|各号列記以外の部分|柱書き?)`)
const joinBefore = new RegExp(`(?:[、，,・][ \u3000]*)?(?:${AND_OR})?[ \u3000]*(?:[、，,][ \u3000]*)?$`)
// Where a reference can start: 第 before a number, 前・次・本・同 before 条・項・号, 各号, 別記・別紙・別表, 附則.
const opener = /[第前次本同各別附](?=[ \u3000\t]*[0-9０-９〇一二三四五六七八九十百千条項号各記紙表則])/g
const betweenQuotes = new RegExp(`^[」』]?(?:[ \u3000、，,]|${AND_OR})*$`)

const kanji = /[\u3400-\u9fff々〆]/
const nameChar = /[\u3400-\u9fff々〆ァ-ヶーA-Za-z0-9Ａ-Ｚａ-ｚ０-９]/
/** what names another document: 法, 施行令, 規則, 約款, 規程, a law number (…年法律第五十四号) */
const documentWord = /(?:法律?|令|規則|約款|規程|規約|条例|条約|協定|細則|要綱|要領|告示|通達|訓令|契約書?|定款|覚書|基準|指針|ガイドライン|[0-9０-９〇一二三四五六七八九十百千]号)$/
/** words ending in 法 that name no document: 方法, 違法, … */
const notDocument = /^(?:方|手|用|寸|文|製|療|工|作|技|論|違|合|適|不|便|話|算|戦|兵|魔|司)法$/
/** a document word standing alone, whose full title (if any) is written with kana before it */
const bareDocumentWord = /^(?:法律|政令|省令|府令|規則|約款|規程|条例)$/
const levelOrder: Record<StepLevel, number> = {appendix: 0, article: 1, paragraph: 2, item: 3}

/** What 同 can point back to, kept across the texts of one document. */
export interface Memory {
  article?: Remembered
  paragraph?: Remembered
  item?: Remembered
  series: number
}

interface Remembered extends Antecedent {
  document?: string
}

/** A reference as the scanner finds it: offsets into the scanned text. */
export interface Found {
  kind: ReferenceKind
  start: number
  end: number
  path: Step[]
  caption?: string
  name?: string
  document?: string
  series?: Reference['series']
  antecedent?: Antecedent
  part?: ProvisionPart
}

interface Chain {
  start: number
  end: number
  /** where scanning goes on: after a quoted item name */
  next: number
  steps: Step[]
  caption?: string
  name?: string
  /** the last step is an item written (K) */
  marker: boolean
  part?: ProvisionPart
}

/**
 * Every reference in `text`, with positions relative to it plus `baseOffset`. Line and column
 * count from the start of `text`. 同条 and the like refer back only within this text.
 */
export function findReferences(text: string, baseOffset = 0): Reference[] {
  const pointOf = pointFinder(text)
  const pointAt = (offset: number): Point => ({...pointOf(offset), offset: baseOffset + offset})
  return scanText(text, {series: 0}).map((found) => {
    const {start, end, ...rest} = found
    const position: Position = {start: pointAt(start), end: pointAt(end)}
    return {...rest, raw: text.slice(start, end), position}
  })
}

/** The scanner proper; `memory` carries what 同 refers to from one text to the next. */
export function scanText(text: string, memory: Memory, source?: string): Found[] {
  const out: Found[] = []
  let lastExternal: {document: string; end: number} | undefined
  const ends = new Map<number, Found>()
  const verbatim = verbatimRanges(text)
  for (let i = 0, v = 0; ; ) {
    opener.lastIndex = i
    const next = opener.exec(text)
    if (!next) break
    i = next.index
    while (v < verbatim.length && verbatim[v][1] <= i) v++
    if (v < verbatim.length && verbatim[v][0] <= i) {
      i = verbatim[v][1]
      continue
    }
    const ch = text[i]
    const result = readSeries(text, i, memory, source, lastExternal, ch === '第' ? continued(text, i, ends) : undefined)
    if (!result) {
      i++
      continue
    }
    for (const found of result.found) {
      out.push(found)
      if (found.kind === 'external' && found.document) lastExternal = {document: found.document, end: found.end}
    }
    if (result.found.length > 0) ends.set(result.end, result.found[result.found.length - 1])
    i = Math.max(result.end, i + 1)
  }
  return out
}

/**
 * Wording quoted to be read differently — 中「第十九条の三第十項」とあるのは「…」と — is another
 * provision's text, not a reference made by this one.
 */
function verbatimRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  if (!text.includes('とある')) return ranges
  let depth = 0
  let open = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '「') {
      if (depth++ === 0) open = i
    } else if (text[i] === '」' && depth > 0 && --depth === 0) {
      if (text.startsWith('とある', i + 1) || /とあるのは[、，]?$/.test(text.slice(Math.max(0, open - 6), open))) ranges.push([open, i + 1])
    }
  }
  return ranges
}

/** How a reference follows one read before it, across brackets. */
interface Continued {
  found: Found
  /**
   * list: 第十条第一項（…）及び第二項 — the next member of a list;
   * inside: 第八十六条（第三項を除く。） — a paragraph or item of the reference just before the bracket
   */
  how: 'list' | 'inside'
}

function continued(text: string, at: number, ends: Map<number, Found>): Continued | undefined {
  let p = spacesBefore(text, at)
  if (text[p - 1] === '（' || text[p - 1] === '(') {
    const found = ends.get(p - 1)
    return found ? {found, how: 'inside'} : undefined
  }
  // 第43条（…を会議の目的とする場合の第１項及び第５項を除く。）: deeper in the bracket, still inside
  const open = enclosingBracket(text, at)
  if (open >= 0 && ends.has(open)) return {found: ends.get(open)!, how: 'inside'}
  const join = joinBefore.exec(text.slice(Math.max(0, at - 8), at))
  if (!join || join[0].trim() === '') return undefined
  p = at - join[0].length
  let brackets = 0
  while (text[p - 1] === '）' || text[p - 1] === ')') {
    const open = openingBracket(text, p - 1)
    if (open < 0) return undefined
    p = spacesBefore(text, open)
    brackets++
  }
  const found = brackets > 0 ? ends.get(p) : undefined
  return found ? {found, how: 'list'} : undefined
}

function readSeries(
  text: string,
  at: number,
  memory: Memory,
  source: string | undefined,
  lastExternal: {document: string; end: number} | undefined,
  after?: Continued
): {found: Found[]; end: number} | undefined {
  const ch = text[at]
  const previousChar = at > 0 ? text[at - 1] : ''
  // 事前条件, 基本条項, 日本…: a relative word glued to a preceding kanji is part of another word.
  if ('前次本同'.includes(ch) && kanji.test(previousChar) && !'及並又若'.includes(previousChar)) return undefined
  const head = readChain(text, at, quotedAt(text, at))
  if (!head) return undefined
  if (!after && numberInOwnBrackets(text, at, head)) return {found: [], end: head.end}
  const context = prefixOf(text, at)

  // Is this a place in another document?
  let document: string | undefined
  const first = head.steps[0]
  // Inside the bracket only a bare 第N項 / 第N号 belongs to the reference before it; after another
  // document's provision, a bracket that opens with an article (民法第5条（第9条において準用する場合を含む。）) cites that document too.
  const opensBracket = after?.how === 'inside' && after.found.kind === 'external' && '（('.includes(text[spacesBefore(text, at) - 1])
  const before = after && (after.how === 'list' || first.level === 'paragraph' || first.level === 'item' || opensBracket) ? after : undefined
  if (before) {
    document = before.found.document
  } else if (context.quoted && context.name === '' && lastExternal && betweenQuotes.test(text.slice(lastExternal.end, context.quoteAt))) {
    document = lastExternal.document
  } else if (context.name !== '') {
    const verdict = judgeName(context.name)
    const bare = first.level === 'paragraph' || first.level === 'item'
    if (verdict === 'document') {
      // 法律第五十四号 is a law's number; 法第3項 names nothing here.
      if (bare && !first.rel && !context.quoted) return {found: [], end: head.end}
      document = /^同/.test(context.name) ? (memory.article?.document ?? lastExternal?.document ?? context.name) : context.name
    } else if (verdict === 'other' && !context.quoted && (bare || first.level === 'appendix') && !first.rel && first.count === undefined) {
      // 様式第1号, 特別記載: the word runs on from the text before.
      return {found: [], end: at + 1}
    }
  }

  if (document === undefined && citesFormerText(text, at)) document = formerText

  const chains: Array<{chain: Chain; role: 'from' | 'to' | 'member'}> = [{chain: head, role: 'member'}]
  let end = head.next
  for (let current = head; ; ) {
    const range = exec(rangeJoin, text, current.next)
    const list = range ? undefined : exec(listJoin, text, current.next)
    const joinEnd = range ? range.index + range[0].length : list ? list.index + list[0].length : -1
    if (joinEnd < 0 || (list && list[0].trim() === '')) break
    let next: Chain | undefined
    if (text[joinEnd] === '第' || text.startsWith('附則', joinEnd)) next = readChain(text, joinEnd, context.quoted)
    else if (current.marker && !range) next = readMarkerChain(text, joinEnd, context.quoted)
    if (!next) break
    if (range) {
      chains[chains.length - 1].role = 'from'
      chains.push({chain: next, role: 'to'})
      const closing = exec(until, text, next.next)
      if (closing) next.next = closing.index + closing[0].length
    } else {
      chains.push({chain: next, role: 'member'})
    }
    end = next.next
    current = next
  }

  let series = chains.length > 1 ? ++memory.series : undefined
  if (before?.how === 'list') {
    series = before.found.series?.id ?? ++memory.series
    before.found.series ??= {id: series, role: 'member'}
  }
  const found: Found[] = []
  let previous: Step[] | undefined = before?.found.path
  for (const {chain, role} of chains) {
    const level = chain.steps[0].level
    const carried = (previous ?? []).filter((step) => levelOrder[step.level] < levelOrder[level]).map((step) => carry(step))
    const path = [...carried, ...chain.steps]
    const reference: Found = {kind: 'absolute', start: chain.start, end: chain.end, path}
    if (chain.caption !== undefined) reference.caption = chain.caption
    if (chain.name !== undefined) reference.name = chain.name
    if (chain.part !== undefined) reference.part = chain.part
    if (series !== undefined) reference.series = {id: series, role}
    let flat = path
    let flatSource = source
    let flatDocument = document
    if (path[0].rel === 'same') {
      const remembered = memory[path[0].level as 'article' | 'paragraph' | 'item']
      if (remembered) {
        reference.antecedent = {path: remembered.path, ...(remembered.source !== undefined && {source: remembered.source})}
        flat = [...remembered.path, ...path.slice(1)]
        flatSource = remembered.source
        flatDocument ??= remembered.document
      }
    }
    if (flatDocument !== undefined) reference.document = flatDocument
    reference.kind = kindOf(reference)
    if (flat[0].rel !== 'same') remember(memory, flat, flatSource, flatDocument)
    found.push(reference)
    previous = path
  }
  return {found, end}
}

function kindOf(reference: Found): ReferenceKind {
  if (reference.document !== undefined) return 'external'
  if (reference.path[0].level === 'appendix') return 'appendix'
  return reference.path.some((step) => step.rel !== undefined || (step.count === 'all' && step.num === undefined)) ? 'relative' : 'absolute'
}

function remember(memory: Memory, path: Step[], source: string | undefined, document: string | undefined): void {
  // Offsets belong to the text they were found in; what 同 points back to may stand in another.
  const steps = path.map(({span: _span, ...step}) => step)
  steps.forEach((step, i) => {
    if (step.level === 'appendix') return
    memory[step.level] = {path: steps.slice(0, i + 1), ...(source !== undefined && {source}), ...(document !== undefined && {document})}
  })
}

function carry(step: Step): Step {
  const {span: _span, ...rest} = step
  return {...rest, carried: true}
}

// ——— one chain: a head and the levels below it ———

function readChain(text: string, at: number, quoted: boolean): Chain | undefined {
  const steps: Step[] = []
  let pos = at
  let caption: string | undefined
  let m: RegExpExecArray | null
  const ch = text[at]
  if (ch === '第') {
    const article = readArticle(text, at)
    if (article) {
      steps.push(article.step)
      pos = article.end
      const cap = readCaption(text, pos)
      if (cap) {
        caption = cap.caption
        pos = cap.end
      }
    } else if ((m = exec(paragraphHead, text, at))) {
      steps.push(numbered('paragraph', m))
      pos = m.index + m[0].length
    } else if ((m = exec(itemHead, text, at)) && endsItem(text, at + m[0].length)) {
      steps.push(numbered('item', m))
      pos = m.index + m[0].length
    } else {
      return undefined
    }
  } else if (ch === '別' || ch === '附') {
    if (!(m = exec(appendixHead, text, at))) return undefined
    const kind = m[1] as AppendixKind
    pos = at + 2
    const next = text[pos] ?? ''
    if ((kind === '別表' && /[示現情]/.test(next)) || (kind === '別記' && /[号載入事]/.test(next))) return undefined
    const step: Step = {level: 'appendix', appendix: kind}
    if (kind !== '附則') {
      const n = exec(appendixNum, text, pos)
      if (n) {
        step.num = n[2] === undefined ? String(readNumeral(n[1])) : `${readNumeral(n[1])}-${readNumeral(n[2])}`
        step.span = {start: n.indices![1][0], end: (n.indices![2] ?? n.indices![1])[1]}
        pos = n.index + n[0].length
      }
      const t = exec(quotedTitle, text, pos) ?? exec(bareTitle, text, pos)
      if (t) {
        step.title = t[1] ?? t[0]
        pos = t.index + t[0].length
      } else if (step.num !== undefined) {
        const bracketed = readCaption(text, pos)
        if (bracketed) {
          step.caption = bracketed.caption
          pos = bracketed.end
        }
      }
    }
    steps.push(step)
    const article = kind === '附則' ? readArticle(text, pos) : undefined
    if (article) {
      steps.push(article.step)
      pos = article.end
    } else if (kind === '附則' && (m = exec(paragraphHead, text, pos))) {
      // 附則第四十五項: a statute's supplementary provisions are often paragraphs without articles
      steps.push(numbered('paragraph', m))
      pos = m.index + m[0].length
    }
  } else if ((m = exec(relArticle, text, at))) {
    if (/^[件約例理目]/.test(text[at + m[0].length] ?? '')) return undefined
    steps.push({level: 'article', rel: relation(m[1])})
    pos = at + m[0].length
  } else if ((m = exec(relParagraph, text, at))) {
    if (text[at + m[0].length] === '目') return undefined
    if (m[1] === undefined) steps.push({level: 'paragraph', rel: m[2] === undefined ? 'previous' : relation(m[2])})
    else if (m[1] === '各') steps.push({level: 'paragraph', rel: 'previous', count: 'all'})
    else {
      const count = readNumeral(m[1])!
      steps.push({level: 'paragraph', rel: 'previous', ...(count !== 1 && {count})})
    }
    pos = at + m[0].length
  } else if ((m = exec(relItem, text, at))) {
    if (m[1] !== undefined) {
      // 前2号 / 前二号: the items just before
      const count = readNumeral(m[1])!
      steps.push({level: 'item', rel: 'previous', ...(count !== 1 && {count})})
    } else steps.push(m[2] === undefined ? {level: 'item', rel: 'previous', count: 'all'} : {level: 'item', rel: relation(m[2])})
    pos = at + m[0].length
  } else if ((m = exec(eachItem, text, at))) {
    steps.push({level: 'item', count: 'all'})
    pos = at + m[0].length
  } else {
    return undefined
  }

  let isMarker = false
  for (;;) {
    const level = steps[steps.length - 1].level
    if (level === 'article' && (m = exec(paragraphHead, text, pos))) steps.push(numbered('paragraph', m))
    else if (level === 'article' && (m = exec(eachParagraph, text, pos))) steps.push({level: 'paragraph', count: 'all'})
    else if ((level === 'article' || level === 'paragraph') && (m = exec(itemHead, text, pos)) && endsItem(text, m.index + m[0].length)) steps.push(numbered('item', m))
    else if ((level === 'article' || level === 'paragraph') && steps[steps.length - 1].count === undefined && (m = exec(marker, text, pos))) {
      steps.push(numbered('item', m))
      isMarker = true
    } else if ((level === 'article' || level === 'paragraph') && (m = exec(eachItem, text, pos))) steps.push({level: 'item', count: 'all'})
    else break
    pos = m.index + m[0].length
  }
  const qualified = exec(qualifier, text, pos)
  const chain: Chain = {start: at, end: pos, next: qualified ? pos + qualified[0].length : pos, steps, marker: isMarker}
  const part = qualified ? provisionPart(qualified[0]) : undefined
  if (part) chain.part = part
  if (caption !== undefined) chain.caption = caption
  if (isMarker && quoted) readName(text, chain)
  return chain
}

/** ただし書, 本文, 前段, 後段, 柱書: the part of the provision a reference names; イ及びロ are not read as one. */
function provisionPart(text: string): ProvisionPart | undefined {
  if (/^(?:ただし書|但し?書)/.test(text)) return {kind: 'proviso', text}
  if (text === '本文') return {kind: 'main', text}
  if (text === '前段') return {kind: 'former', text}
  if (text === '後段') return {kind: 'latter', text}
  if (/^(?:各号列記以外の部分|柱書)/.test(text)) return {kind: 'lead', text}
  return undefined
}

/** 第6条, 第6条の2, 第百三条の二の三 */
function readArticle(text: string, at: number): {step: Step; end: number} | undefined {
  const m = exec(articleHead, text, at)
  if (!m) return undefined
  let numEnd = m.indices![1][1]
  const parts = [readNumeral(m[1])!]
  let pos = m.index + m[0].length
  for (let b: RegExpExecArray | null; (b = exec(branch, text, pos)); ) {
    const after = text[b.index + b[0].length] ?? ''
    // 第5条の一部: a kanji numeral running into a word is no branch number.
    if (/^[〇一二三四五六七八九十百千]/.test(b[1]) && kanji.test(after) && !'第及並又若乃条項号中本前後各柱'.includes(after)) break
    parts.push(readNumeral(b[1])!)
    numEnd = b.indices![1][1]
    pos = b.index + b[0].length
  }
  if (/^[件約例理]/.test(text[pos] ?? '')) return undefined
  return {step: {level: 'article', num: parts.join('-'), span: {start: m.indices![1][0], end: numEnd}}, end: pos}
}

/** 第一号法定受託事務, 第2号被保険者, 第1号様式: a 号 number that is part of a name cites nothing. */
function endsItem(text: string, at: number): boolean {
  const next = text[at] ?? ''
  return !kanji.test(next) || '及並又若中乃本前後第柱各'.includes(next)
}

/** A list member written only as (K), after another (K): 「第7条(2) …、(3) …」. */
function readMarkerChain(text: string, at: number, quoted: boolean): Chain | undefined {
  const m = exec(marker, text, at)
  if (!m) return undefined
  const start = m.indices![0][0] + m[0].search(/[(（]/)
  const end = m.index + m[0].length
  const chain: Chain = {start, end, next: end, steps: [numbered('item', m)], marker: true}
  if (quoted) readName(text, chain)
  return chain
}

/** The option name quoted after an item number: (2) アーカイブオプション、… */
function readName(text: string, chain: Chain): void {
  const m = /^[ \u3000]*([^、，,」』。（(\n]{1,60})/.exec(text.slice(chain.end, chain.end + 80))
  if (!m || /^[ぁ-ゖ]/.test(m[1])) return
  const name = m[1].replace(/(?:及び|および|並びに|ならびに|又は|または)$/, '').trim()
  if (name === '') return
  chain.name = name
  chain.next = chain.end + m[0].indexOf(m[1]) + m[1].trimEnd().length
}

/** A caption right after an article number: （契約者が行う利用契約の解除）, not （第三項を除く。） or (1). */
function readCaption(text: string, at: number): {caption: string; end: number} | undefined {
  let i = at
  while (text[i] === ' ' || text[i] === '\u3000') i++
  if (text[i] !== '（' && text[i] !== '(') return undefined
  let depth = 0
  for (let j = i; j < text.length && j < i + 60; j++) {
    const c = text[j]
    if (c === '（' || c === '(') depth++
    else if (c === '）' || c === ')') {
      depth--
      if (depth === 0) {
        const caption = text.slice(i + 1, j).trim()
        return captionLike(caption) ? {caption, end: j + 1} : undefined
      }
    } else if (c === '\n') return undefined
  }
  return undefined
}

function captionLike(value: string): boolean {
  if (value === '' || /^[0-9０-９]+$/.test(value)) return false
  if (/[。「」『』]/.test(value)) return false
  if (/^(?:第|前|次|同|以下|これ|ただし|但し|明治|大正|昭和|平成|令和)/.test(value)) return false
  return !/(?:を除く|を含む|に限る|による|という|をいう|場合|関係)$/.test(value)
}

function numbered(level: StepLevel, m: RegExpExecArray): Step {
  return {level, num: String(readNumeral(m[1])), span: {start: m.indices![1][0], end: m.indices![1][1]}}
}

function relation(ch: string): Step['rel'] {
  return ch === '前' ? 'previous' : ch === '次' ? 'next' : ch === '本' ? 'this' : 'same'
}

/** 補正予算（第1号）, 様式（第3号）: a bare 項 or 号 number alone in brackets after a word is that word's serial number. */
function numberInOwnBrackets(text: string, at: number, head: Chain): boolean {
  const first = head.steps[0]
  if (head.steps.length !== 1 || first.rel !== undefined || first.count !== undefined || (first.level !== 'paragraph' && first.level !== 'item')) return false
  const open = spacesBefore(text, at) - 1
  if (text[open] !== '（' && text[open] !== '(') return false
  if (open < 1 || !nameChar.test(text[open - 1])) return false
  let close = head.end
  while (text[close] === ' ' || text[close] === '\u3000') close++
  return text[close] === '）' || text[close] === ')'
}

// ——— what stands before a reference ———

interface Prefix {
  /** the name run just before (or before the opening quote): 個別規程, 特定協定事業者約款, 民法 */
  name: string
  quoted: boolean
  /** where the opening quote stands, when quoted */
  quoteAt: number
}

/** The reference opens a quotation: 「第3条…」. */
function quotedAt(text: string, at: number): boolean {
  const j = spacesBefore(text, at)
  return text[j - 1] === '「' || text[j - 1] === '『'
}

const joinedByNo = /(?:約款|規約|規程|規則|細則|法律?|令|条例)$/

function prefixOf(text: string, at: number): Prefix {
  let j = spacesBefore(text, at)
  const quoted = text[j - 1] === '「' || text[j - 1] === '『'
  const quoteAt = quoted ? j - 1 : at
  if (quoted) j--
  const owner = exceptingBracketOwner(text, j)
  if (owner !== undefined) return {name: owner, quoted, quoteAt}
  // 施行令（以下「令」という。）第八条, 地方自治法（昭和二十二年法律第六十七号）第二条: the name stands before the bracket.
  if (text[j - 1] === '）' || text[j - 1] === ')') {
    const open = openingBracket(text, j - 1)
    if (open >= 0) j = open
  }
  // ソラ約款の第8条: the name of a body of terms or a law joined to the article by の (not 契約の第8条)
  if (text[j - 1] === 'の' && at - j < 2) {
    const joined = nameBefore(text, j - 1)
    if (joinedByNo.test(joined) && judgeName(joined) !== 'other') return {name: joined, quoted, quoteAt}
  }
  return {name: nameBefore(text, j), quoted, quoteAt}
}

/**
 * 乙約款（第3条及び第5条を除く。）, 「乙約款」（ただし、第3条を除きます。）: a bracket opening at `j`
 * (after ただし, if written) right after another document's name, that excepts clauses, excepts
 * that document's clauses.
 */
function exceptingBracketOwner(text: string, j: number): string | undefined {
  const proviso = /(?:ただし|但し)[、，]?[ \u3000]*$/.exec(text.slice(Math.max(0, j - 8), j))
  const open = j - 1 - (proviso?.[0].length ?? 0)
  if (text[open] !== '（' && text[open] !== '(') return undefined
  let depth = 0
  let close = -1
  for (let i = open; i < text.length && i - open < 120 && close === -1; i++) {
    if (text[i] === '（' || text[i] === '(') depth++
    else if ((text[i] === '）' || text[i] === ')') && --depth === 0) close = i
  }
  if (close === -1 || !/を除/.test(text.slice(open, close))) return undefined
  const end = spacesBefore(text, open)
  const quote = text[end - 1] === '」' ? '「' : text[end - 1] === '』' ? '『' : undefined
  const name = quote ? text.slice(text.lastIndexOf(quote, end - 1) + 1, end - 1).trim() : nameBefore(text, end)
  // bodies of terms only: 電磁的方法（…を除く。） is no document
  const flat = name.replace(/[\s\u3000]/g, '')
  return /(?:約款|規約|規程|細則)$/.test(flat) && judgeName(flat) === 'document' ? name : undefined
}

/** The name that ends at `j`: word characters, or a whole title before a bare 法 / 規則. */
function nameBefore(text: string, j: number): string {
  let k = j
  while (k > 0 && j - k < 60 && nameChar.test(text[k - 1])) k--
  let name = text.slice(k, j)
  if (bareDocumentWord.test(name)) {
    while (k > 0 && j - k < 60 && !/[、。，．,「」『』（）()【】\s はがをでもと]/.test(text[k - 1])) k--
    // 同法第五十七条の五及び密集市街地における…に関する法律: the title starts after the reference before it
    name = text.slice(k, j).replace(/^.*[条項号](?:の[〇一二三四五六七八九十百千0-9０-９]+)*(?:及び|並びに|又は|若しくは|、)/, '')
  }
  return name
}

/** The unclosed bracket `at` stands in, within 80 characters and the same sentence; -1 when none. */
function enclosingBracket(text: string, at: number): number {
  let depth = 0
  for (let i = at - 1; i >= 0 && at - i < 80; i--) {
    const c = text[i]
    if (c === '）' || c === ')') depth++
    else if (c === '（' || c === '(') {
      if (depth === 0) return i
      depth--
    } else if ((c === '。' && depth === 0) || c === '\n' || c === '「' || c === '」') return -1
  }
  return -1
}

function openingBracket(text: string, close: number): number {
  let depth = 0
  for (let i = close; i >= 0 && close - i < 120; i--) {
    const c = text[i]
    if (c === '）' || c === ')') depth++
    else if (c === '（' || c === '(') {
      depth--
      if (depth === 0) return i
    } else if (c === '\n') return -1
  }
  return -1
}

/** 'self' for 本約款 / この規程, 'document' for another document's name, 'other' for any other word. */
function judgeName(name: string): 'self' | 'document' | 'other' {
  if (/^(?:本|当|この)/.test(name)) return 'self'
  if (documentWord.test(name) && !notDocument.test(name)) return 'document'
  return 'other'
}

// ——— helpers ———

/** Where the run of spaces (half- or full-width) ending at `at` starts. */
function spacesBefore(text: string, at: number): number {
  let p = at
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\u3000')) p--
  return p
}

function exec(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(text)
}
