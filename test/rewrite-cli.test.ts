// `yakkan rewrite` as a real process: formats, -o, --report, --table, --exclude, --lang, and
// one clear line with exit code 2 for every way it can be refused.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {expectRefused, yakkan} from './helpers/cli.js'

const seed = ['--reseller', 'corpus/usen-gate02-secure-mx/2024-10-30.md', '--upstream', 'corpus/upstream/iij-general.md', '--upstream', 'corpus/upstream/iij-secure-mx.md']
const example = ['--reseller', 'corpus/example-reseller/2025-04-01.md', '--upstream', 'corpus/upstream-example/kumo-common.md', '--upstream', 'corpus/upstream-example/kumo-backup.md']
let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'yakkan-rewrite-'))
})
afterAll(() => {
  rmSync(tmp, {recursive: true, force: true})
})

describe('yakkan rewrite writes the effective terms', () => {
  it('as Markdown on stdout', async () => {
    const run = await yakkan(['rewrite', ...seed])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const md = run.stdout.toString('utf8')
    expect(md.split('\n')[0]).toBe('# USEN GATE 02 セキュア MX サービス 実効約款（読替え適用後）')
    expect(md).toContain('~~(5) メールボックスオプション　受信したメールを保管するメールボックスを提供するもの~~ **（適用除外：本約款第4条第2項）**')
    expect(md).toContain('[^2-1]: 読替え（第2表 1行目）　原文：IIJセキュアMXサービス')
  })

  it('as HTML into -o OUT, and as JSON', async () => {
    const out = join(tmp, 'nested', 'effective.html')
    const run = await yakkan(['rewrite', ...seed, '--format', 'html', '-o', out])
    expect(run.code).toBe(0)
    expect(run.stdout.length).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/)
    const json = JSON.parse((await yakkan(['rewrite', ...seed, '--format', 'json'])).stdout.toString('utf8'))
    expect(json.documents).toHaveLength(2)
    expect(json.documents[1].excluded.map((e: {clause: string}) => e.clause)).toEqual(['art_3__para_1__item_1', 'art_7__para_1__item_2', 'art_7__para_1__item_3', 'art_7__para_1__item_5'])
  })

  it('writes the report instead with --report', async () => {
    const report = JSON.parse((await yakkan(['rewrite', ...seed, '--report', '--format', 'json'])).stdout.toString('utf8'))
    expect(report.rows).toHaveLength(15)
    expect(report.rows.find((row: {row: {upstream: string}}) => row.row.upstream === 'メールリングリストオプション').nearest.text).toBe('メーリングリストオプション')
    const md = (await yakkan(['--lang', 'en', 'rewrite', ...seed, '--report'])).stdout.toString('utf8')
    expect(md).toMatch(/^# USEN GATE 02 セキュア MX サービス: rewrite report/)
    const html = (await yakkan(['rewrite', ...seed, '--report', '--format', 'html'])).stdout.toString('utf8')
    expect(html).toContain('<h2>一度も当てはまらなかった行</h2>')
  })

  it('uses a --table file in place of the reseller’s own table, with the same result', async () => {
    const own = await yakkan(['rewrite', ...example])
    const csv = await yakkan(['rewrite', ...example, '--table', 'test/fixtures/rewrite/example-table.csv'])
    const md = await yakkan(['rewrite', ...example, '--table', 'test/fixtures/rewrite/example-table.md'])
    expect(own.code).toBe(0)
    expect(csv.stdout.toString('utf8')).toBe(own.stdout.toString('utf8'))
    expect(md.stdout.toString('utf8')).toBe(own.stdout.toString('utf8'))
  })

  it('adds exclusions with --exclude, labelled as such', async () => {
    const run = await yakkan(['rewrite', ...seed, '--plain', '--exclude', '個別規程第7条(4)', '--exclude', 'iij-secure-mx:art_7__para_1__item_8'])
    expect(run.code).toBe(0)
    const md = run.stdout.toString('utf8')
    expect(md).toContain('~~(4) セキュア MX メール監査オプション　あらかじめ定めた条件に当てはまるメールを管理者に知らせるもの~~ **（適用除外：--exclude による指定）**')
    expect(md).toContain('~~(8) メーリングリストオプション　同報配信のための宛先を管理するもの~~ **（適用除外：--exclude による指定）**')
  })

  it('excludes a whole document with --exclude, by its file name or its title', async () => {
    for (const value of ['kumo-backup:doc', '個別規約']) {
      const run = await yakkan(['rewrite', ...example, '--plain', '--exclude', value])
      expect(run.code).toBe(0)
      const [common, backup] = run.stdout.toString('utf8').split(/^## \d\. /m).slice(1)
      const body = (part: string) => part.split('\n').slice(1).filter((line) => line.trim() !== '' && !line.startsWith('>') && line !== '---')
      expect(body(backup).every((line) => line.includes('~~'))).toBe(true)
      expect(body(backup)[0]).toMatch(/\*\*（適用除外：--exclude による指定）\*\*$/)
      expect(body(common).some((line) => line.includes('--exclude による指定'))).toBe(false)
    }
  })

  it('labels in English with --lang en', async () => {
    const md = (await yakkan(['--lang', 'en', 'rewrite', ...seed, '--plain'])).stdout.toString('utf8')
    expect(md).toContain("**(excluded: reseller's 第4条第2項)**")
    expect(md).toContain("**(overridden by the reseller's 第9条（最低利用期間）, per its 第4条)**")
  })
})

describe('yakkan rewrite refuses with one line and exit code 2', () => {
  it('an exclusion that resolves to nothing', async () => {
    expectRefused(await yakkan(['rewrite', ...seed, '--exclude', '個別規程第7条(99)']), /^yakkan: 適用除外の指定を上流の約款で解決できません: 個別規程 第7条\(99\): \(99\)がありません$/m)
    expectRefused(await yakkan(['--lang', 'en', 'rewrite', ...seed, '--exclude', '第30条']), /cannot resolve exclusions in the upstream terms: 第30条: no 第30条/)
    expectRefused(await yakkan(['rewrite', ...seed, '--exclude', 'どこか']), /^yakkan: 適用除外の指定を上流の約款で解決できません: どこか: 「どこか」に当たる上流の文書がありません/)
    expectRefused(await yakkan(['rewrite', ...seed, '--exclude', '第九十九']), /--exclude「第九十九」を条項の指定としても文書の指定としても読めません/)
  })

  it('a whole document asked for with --exclude that is not among the upstream documents', async () => {
    expectRefused(await yakkan(['rewrite', ...example, '--exclude', 'クモ防犯規程']), /^yakkan: 適用除外の指定を上流の約款で解決できません: クモ防犯規程: 「クモ防犯規程」に当たる上流の文書がありません/)
    expectRefused(await yakkan(['rewrite', ...example, '--exclude', 'kumo-nothing:doc']), /「kumo-nothing」に当たる上流の文書がありません/)
  })

  it('a quoted option name that is not the item’s', async () => {
    const reseller = join(tmp, 'wrong-name.md')
    writeFileSync(reseller, readFileSync('corpus/usen-gate02-secure-mx/2024-10-30.md', 'utf8').replace('(5) メールボックスオプション」', '(5) メール監査オプション」'))
    expectRefused(await yakkan(['rewrite', '--reseller', reseller, ...seed.slice(2)]), /個別規程 第7条\(5\) メール監査オプション: 「メール監査オプション」ではありません（本文：メールボックスオプション/)
  })

  it('a table whose readings chain', async () => {
    const table = join(tmp, 'chain.tsv')
    writeFileSync(table, '読替え前\t読替え後\nIIJ セキュア MX サービス\tUSEN セキュア\nUSEN セキュア\t別の名前\n')
    expectRefused(await yakkan(['rewrite', ...seed, '--table', table]), /読替えを重ねることになるため適用できません/)
  })

  it('missing files and options', async () => {
    expectRefused(await yakkan(['rewrite', '--reseller', 'no/such.md', '--upstream', 'corpus/upstream/iij-general.md']), /no\/such\.md: ファイルが見つかりません/)
    expectRefused(await yakkan(['rewrite', '--reseller', 'corpus/usen-gate02-secure-mx/2024-10-30.md']), /--upstream/)
    expectRefused(await yakkan(['rewrite', ...seed, '--table', 'test/fixtures/rewrite/one-column.tsv']), /2列が見つかりません/)
  })
})

describe('an exclusion naming a document that was not given', () => {
  it('is refused rather than looked up in another document', async () => {
    const run = await yakkan(['rewrite', '--reseller', 'corpus/usen-gate02-secure-mx/2024-10-30.md', '--upstream', 'corpus/upstream/iij-general.md'])
    expectRefused(run, /「個別規程」に当たる上流の文書がありません/)
  })

  it('but a collective name for the upstream terms looks in all of them', async () => {
    const run = await yakkan(['rewrite', ...seed, '--exclude', '特定協定事業者約款第13条(4)', '--plain'])
    expect(run.code).toBe(0)
    expect(run.stdout.toString('utf8')).toContain('~~(4) その他当社の業務に著しい支障を及ぼすおそれがあるとき。~~ **（適用除外：--exclude による指定）**')
  })
})
