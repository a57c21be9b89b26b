// Every 改め文 test that uses the real kuromoji tokenizer: the corpus version pair (written,
// applied, checked, through the library and the command line) and the word boundaries that
// only real tokens give (支払い as one word, 一年間 with its counter, a longer quote where
// the short one stands twice).
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {amendDocuments, amendmentText, applyAmendmentText, checkAmendment} from '../src/amend/index.js'
import {renderAmendmentMarkdown} from '../src/amend/output.js'
import {parse} from '../src/parse/index.js'
import {yakkan} from './helpers/cli.js'

const seedPath = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
const laterPath = 'corpus/usen-gate02-secure-mx/2025-04-01.md'
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

describe('the corpus pair', async () => {
  const old = parse(read(seedPath)).tree
  const neu = parse(read(laterPath)).tree
  const amendment = await amendDocuments(old, neu)
  const text = amendmentText(amendment.sentences)
  const lines = amendment.sentences.map((s) => s.text)

  test('round-trips: the amendment applied to 2024-10-30 gives 2025-04-01', () => {
    expect(checkAmendment(old, text, neu)).toEqual([])
    expect(checkAmendment(parse(applyAmendmentText(old, text).text).tree, '', neu)).toEqual([])
  })

  test('writes the sentences a drafter would, in Arabic numerals like the document', () => {
    expect(lines).toContain('前文中「2024年10月30日版」を「2025年4月1日版」に改める。')
    expect(lines).toContain('第7条の見出し中「支払い」を「支払」に改める。')
    expect(lines).toContain('第10条第1項中「2ヶ月」を「3か月」に改める。')
    expect(lines).toContain('第11条第2項中第7号を削り、第8号を第7号とする。')
    expect(lines).toContain('第6条第3項中第7号を第8号とし、第6号の次に次の1号を加える。')
    // The references to the renumbered articles follow them.
    expect(lines).toContain('第9条第1項中「第10条」を「第11条」に、「または第11条」を「または第12条」に改める。')
    // Written from the end backwards: 17 goes, 16 moves into its place, 10–15 move down, the new 10 comes in.
    expect(lines.at(-2)).toBe('第17条を削り、第16条を第17条とし、第10条から第15条までを1条ずつ繰り下げ、第9条の次に次の1条を加える。')
    expect(amendment.sentences.at(-2)!.block![0]).toBe('第10条（契約者の名称等の変更）')
    expect(lines.at(-1)).toBe('別紙の第2表中「スペアメールオプション」の項を削る。')
  })

  test('names the clauses each sentence touches by their ids', () => {
    const renumbering = amendment.sentences.at(-2)!
    expect(renumbering.touches).toEqual(expect.arrayContaining(['art_17', 'art_16', 'art_10', 'art_15', 'art_10']))
    expect(amendment.sentences.find((s) => s.text.startsWith('第7条の見出し'))!.touches).toEqual(['art_7'])
  })

  test('yakkan amend prints it; --apply and --check prove it from the command line', async () => {
    const written = await yakkan(['amend', seedPath, laterPath])
    expect(written.code).toBe(0)
    expect(written.stdout.toString('utf8')).toBe(text)
    const json = await yakkan(['amend', seedPath, laterPath, '--format', 'json'])
    const parsed = JSON.parse(json.stdout.toString('utf8')) as {numerals: string; sentences: Array<{text: string; touches: string[]}>}
    expect(parsed.numerals).toBe('arabic')
    expect(parsed.sentences.map((s) => s.text)).toEqual(lines)
    expect(renderAmendmentMarkdown(amendment)).toContain('> 　第10条（契約者の名称等の変更）')
  })
})

describe('word boundaries from real tokens', () => {
  const doc = (body: string) => `（期間）\n第一条　${body}\n`
  const amend = async (a: string, b: string) => {
    const result = await amendDocuments(parse(doc(a)).tree, parse(doc(b)).tree)
    expect(checkAmendment(parse(doc(a)).tree, amendmentText(result.sentences), parse(doc(b)).tree)).toEqual([])
    return result.sentences.map((s) => s.text)
  }

  test('a number keeps its counter: 「一年間」 not 「一」', async () => {
    expect(await amend('契約の期間は、一年間とする。', '契約の期間は、二年間とする。')).toEqual(['第一条中「一年間」を「二年間」に改める。'])
  })

  test('a word two ways written is quoted whole: 「支払い」を「支払」に', async () => {
    expect(await amend('会費の支払いは、口座振替による。', '会費の支払は、口座振替による。')).toEqual(['第一条中「支払い」を「支払」に改める。'])
  })

  test('a word standing twice is quoted with its neighbour', async () => {
    expect(await amend('甲は書面で通知し、乙は書面で回答する。', '甲は書面で通知し、乙は電子メールで回答する。')).toEqual(['第一条中「乙は書面」を「乙は電子メール」に改める。'])
  })
})
