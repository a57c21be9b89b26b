// Applying a 改め文: the sentences it reads, and the sentences it refuses — a quoted word not
// in the clause, one standing there twice, a clause that does not exist, a renumbering onto a
// number in use — each refused with the sentence named, and exit code 2 on the command line.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {AmendmentError, applyAmendmentText, checkAmendment} from '../src/amend/index.js'
import {parse} from '../src/parse/index.js'
import {yakkan} from './helpers/cli.js'

const rules = `（目的）
第一条　この規程は、会員の資格及び会費について定める。
（会費）
第二条　会員は、毎年四月末日までに一年間の会費を納める。
２　会費の額は、理事会が定める。
（退会）
第三条　会員は、次の各号のいずれかに該当するときは、退会する。
一　本人が退会を申し出たとき。
二　会費を二年間納めなかったとき。
（改正）
第四条　この規程の改正は、総会の議決による。
`
const tree = () => parse(rules).tree

function refusal(amendment: string): AmendmentError {
  try {
    applyAmendmentText(tree(), amendment)
  } catch (error) {
    if (error instanceof AmendmentError) return error
    throw error
  }
  throw new Error('the amendment was applied')
}

describe('applying', () => {
  test('reads the vocabulary: edits, 同条, ranges, additions with their blocks', () => {
    const amendment = [
      '第二条第一項中「一年間」を「二年間」に改め、「会費」の下に「及び入会金」を加える。',
      '第三条第二号を削る。',
      '第三条に次の一号を加える。',
      '　二　会が解散したとき。',
      '第二条第二項を同条第三項とし、同条第一項の次に次の一項を加える。',
      '　２　入会金の額は、理事会が定める。',
      '第四条を第五条とし、第二条及び第三条を一条ずつ繰り下げ、第一条の次に次の一条を加える。',
      '　（会員）',
      '　第二条　会員は、この会の目的に賛同する者とする。'
    ].join('\n')
    const {text, model} = applyAmendmentText(tree(), amendment)
    expect(model.clauses.filter((c) => c.kind === 'article').map((c) => `${c.num}:${c.caption}`)).toEqual(['1:目的', '2:会員', '3:会費', '4:退会', '5:改正'])
    expect(text).toContain('第三条　会員は、毎年四月末日までに二年間の会費及び入会金を納める。\n２　入会金の額は、理事会が定める。\n３　会費の額は、理事会が定める。')
    expect(text).toContain('一　本人が退会を申し出たとき。\n二　会が解散したとき。')
    // What `--apply` prints parses back to the same clauses.
    expect(checkAmendment(parse(text).tree, '', parse(text).tree)).toEqual([])
  })

  test('reads a 見出し sentence and a rewrite', () => {
    const {model} = applyAmendmentText(tree(), '第四条の見出しを「（規程の改正）」に改める。\n第一条を次のように改める。\n　（趣旨）\n　第一条　この規程は、会の運営について定める。')
    const [first, , , fourth] = model.clauses.filter((c) => c.kind === 'article')
    expect(fourth.caption).toBe('規程の改正')
    expect(first.caption).toBe('趣旨')
    expect(first.children[0].text).toBe('この規程は、会の運営について定める。')
  })
})

describe('refusing, with the sentence named', () => {
  test('a quoted word not in the clause', () => {
    const error = refusal('第二条第二項中「理事会」を「総会」に改める。\n第一条中「入会金」を「会費」に改める。')
    expect(error.index).toBe(2)
    expect(error.sentence).toBe('第一条中「入会金」を「会費」に改める。')
    expect(error.text('ja')).toBe('改め文の第2文「第一条中「入会金」を「会費」に改める。」を適用できません: 「入会金」がありません')
  })

  test('a quoted word standing twice in the clause', () => {
    const error = refusal('第二条第一項中「会」を「当会」に改める。')
    expect(error.index).toBe(1)
    expect(error.reason.ja).toBe('「会」が複数あります')
  })

  test('a clause that does not exist', () => {
    expect(refusal('第九条中「会費」を「年会費」に改める。').reason.ja).toBe('第9条がありません')
    expect(refusal('第二条第五項を削る。').reason.ja).toBe('第5項がありません')
    expect(refusal('第二条中「会費」を「年会費」に改める。').reason.ja).toBe('「会費」が複数あります')
  })

  test('a renumbering onto a number in use', () => {
    expect(refusal('第三条を第四条とする。').reason.ja).toBe('番号 4 が既にあります')
    expect(refusal('第二条から第三条までを一条ずつ繰り下げる。').reason.ja).toBe('番号 4 が既にあります')
    expect(refusal('第一条の次に次の一条を加える。\n　第二条　会員は、会則を守る。').reason.ja).toBe('番号 2 が既にあります')
  })

  test('a sentence outside the vocabulary', () => {
    expect(refusal('第二条をよろしく改める。').reason.ja).toMatch(/^読めない部分があります/)
  })
})

describe('yakkan amend --apply / --check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yakkan-amend-'))
  const file = (name: string, content: string) => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }
  const old = file('old.txt', rules)

  test('--apply prints the amended text', async () => {
    const run = await yakkan(['amend', '--apply', old, file('ok.txt', '第四条中「総会」を「臨時総会」に改める。\n')])
    expect(run.code).toBe(0)
    expect(run.stdout.toString('utf8')).toContain('第四条　この規程の改正は、臨時総会の議決による。')
  })

  test('--apply refuses with one line naming the sentence and exit code 2', async () => {
    const run = await yakkan(['amend', '--apply', old, file('bad.txt', '第四条中「理事会」を「総会」に改める。\n')])
    expect(run.code).toBe(2)
    expect(run.stdout.length).toBe(0)
    expect(run.stderr).toBe('yakkan: 改め文の第1文「第四条中「理事会」を「総会」に改める。」を適用できません: 「理事会」がありません\n')
    const en = await yakkan(['amend', '--apply', old, file('bad.txt', '第四条中「理事会」を「総会」に改める。\n'), '--lang', 'en'])
    expect(en.stderr).toBe('yakkan: sentence 1 of the amendment (第四条中「理事会」を「総会」に改める。) cannot be applied: 「理事会」 is not there\n')
  })

  test('--check reports each place where the result differs from the new version, exit code 1', async () => {
    const neu = file('new.txt', rules.replace('臨時', '').replace('総会の議決', '臨時総会の議決').replace('一年間', '三年間'))
    const run = await yakkan(['amend', '--check', old, file('partial.txt', '第四条中「総会」を「臨時総会」に改める。\n'), neu])
    expect(run.code).toBe(1)
    expect(run.stdout.toString('utf8')).toBe('article:2/paragraph:1  本文が異なります: 新版「…、毎年四月末日までに三年間の会費を納める。」 / 適用結果「…、毎年四月末日までに一年間の会費を納める。」\n')
    const agree = await yakkan(['amend', '--check', old, file('full.txt', '第二条第一項中「一年間」を「三年間」に改める。\n第四条中「総会」を「臨時総会」に改める。\n'), neu])
    expect(agree.code).toBe(0)
    expect(agree.stdout.toString('utf8')).toBe('改め文は新版と一致します\n')
  })

  test('bad input: a missing file, an empty amendment, a third file without --check', async () => {
    const missing = await yakkan(['amend', '--apply', old, join(dir, 'none.txt')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^yakkan: .*none\.txt: ファイルが見つかりません\n$/)
    const empty = await yakkan(['amend', '--apply', old, file('empty.txt', '')])
    expect(empty.code).toBe(2)
    expect(empty.stderr.split('\n')).toHaveLength(2)
    const extra = await yakkan(['amend', old, old, old])
    expect(extra.code).toBe(2)
    expect(extra.stderr).toBe('yakkan: ファイルが多すぎます（三つ目は --check のときだけ）\n')
  })

  test('two versions equal but for layout: an empty amendment, exit code 0', async () => {
    const run = await yakkan(['amend', old, file('typeset.txt', rules.replace(/　/g, ' '))])
    expect(run.code).toBe(0)
    expect(run.stdout.toString('utf8')).toBe('')
  })
})
