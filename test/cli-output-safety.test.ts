// What a document says cannot act on the reader: control sequences are shown, not obeyed,
// in terminal text; Markdown outputs escape what would change their meaning.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, yakkan} from './helpers/cli.js'

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'yakkan-safety-'))
})
afterAll(() => {
  rmSync(tmp, {recursive: true, force: true})
})

// Our own words: a short document whose text carries a clear-screen and a window-title sequence.
const hostile = ['第1条（目的）', '', '1 この約款は\u001b[2J利用の条件を定めます。', '2 第9条（\u001b]0;pwned\u0007）によります。', '', '第2条（終わり）', '', '本文です。', ''].join('\n')
// Raw control characters that must never reach a terminal: ESC, BEL, C1.
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

describe('control characters in terminal text output', () => {
  it('parse: the outline and the diagnostics show them as escapes', async () => {
    const path = join(tmp, 'hostile.md')
    writeFileSync(path, hostile + '第4条（飛び）\n\n本文です。\n')
    const run = await yakkan(['parse', path])
    expect(run.code).toBe(0)
    const stdout = run.stdout.toString()
    expect(stdout).not.toMatch(raw)
    expect(stdout).toContain('この約款は\\x1b[2J利用の条件を')
    expect(stdout).toContain('第9条（\\x1b]0;pwned\\x07）')
    // --format text is the document itself, byte for byte.
    expect((await yakkan(['parse', path, '--format', 'text'])).stdout.toString()).toBe(hostile + '第4条（飛び）\n\n本文です。\n')
  })

  it('check: a file name with control characters, in stylish, github and on stderr', async () => {
    const path = join(tmp, 'bad\u001b[2Jname.md')
    writeFileSync(path, hostile)
    const stylish = await yakkan(['check', path])
    expect(stylish.code).toBe(1)
    expect(stylish.stdout.toString()).not.toMatch(raw)
    expect(stylish.stdout.toString().split('\n')[0]).toBe(join(tmp, 'bad\\x1b[2Jname.md'))
    const github = (await yakkan(['check', path, '--format', 'github'])).stdout.toString()
    expect(github).not.toMatch(raw)
    expect(github).toContain(`::error file=${join(tmp, 'bad\\x1b[2Jname.md')},line=4,`)
    const missing = await yakkan(['check', join(tmp, 'gone\u001b]0;x\u0007.md')])
    expect(missing.stderr).toBe(`yakkan: ${join(tmp, 'gone\\x1b]0;x\\x07.md')}: ファイルが見つかりません\n`)
  })

  it('diff: the changed words are shown as escapes', async () => {
    const before = join(tmp, 'before.md')
    const after = join(tmp, 'after.md')
    writeFileSync(before, hostile)
    writeFileSync(after, hostile.replace('利用の条件', '\u001b[31m条件'))
    const run = await yakkan(['diff', before, after])
    expect(run.code).toBe(0)
    expect(run.stdout.toString()).not.toMatch(raw)
    expect(run.stdout.toString()).toContain('\\x1b[31m')
  })
})

describe('Markdown outputs escape what the documents and the table say', () => {
  // A reseller document in our own words whose reading table puts HTML, a link and
  // strikethrough marks into the upstream text, and an upstream one that has some itself.
  const upstream = [
    '甲サービス約款',
    '',
    '第1条（目的）',
    '',
    'この約款は、甲サービスの<script>alert(1)</script>利用条件を定めます。詳しくは[こちら](javascript:alert(1))をご覧ください。',
    '',
    '第2条（料金）',
    '',
    '料金は~~別表~~のとおりとします。',
    ''
  ].join('\n')
  const reseller = [
    '乙サービス約款',
    '',
    '第1条（適用）',
    '',
    '乙サービスには、甲サービス約款を次の表のとおり読み替えて適用します。',
    '',
    '別表（読替え表）',
    '',
    '| 読替え前 | 読替え後 |',
    '|---|---|',
    '| 甲サービス | ~~乙~~サービス<img src=x onerror=alert(1)> |',
    ''
  ].join('\n')

  it('rewrite --format md: no raw HTML, no link, no strikethrough that yakkan did not write', async () => {
    writeFileSync(join(tmp, 'upstream.md'), upstream)
    writeFileSync(join(tmp, 'reseller.md'), reseller)
    const run = await yakkan(['rewrite', '--reseller', join(tmp, 'reseller.md'), '--upstream', join(tmp, 'upstream.md')])
    expect(run.stderr).toBe('')
    const md = run.stdout.toString()
    expect(md).not.toMatch(/<(script|img)/)
    expect(md).toContain('&lt;script>alert(1)&lt;/script>')
    expect(md).toContain('\\[こちら\\](javascript:alert(1))')
    expect(md).toContain('料金は\\~\\~別表\\~\\~のとおり')
    expect(md).toContain('\\~\\~乙\\~\\~サービス&lt;img src=x onerror=alert(1)>')
    expect(md).not.toMatch(/(?<!\\)~~/)
  })

  it('the report: a table cell with a pipe or a line break stays one cell', async () => {
    writeFileSync(join(tmp, 'upstream2.md'), upstream)
    writeFileSync(join(tmp, 'reseller2.md'), reseller.replace(/別表（読替え表）[^]*$/, ''))
    writeFileSync(join(tmp, 'table.csv'), '読替え前,読替え後\n甲サービス,"乙サービス|（旧称\n甲）"\n"利用\n条件",<b>ご利用の条件</b>\n')
    const run = await yakkan(['rewrite', '--reseller', join(tmp, 'reseller2.md'), '--upstream', join(tmp, 'upstream2.md'), '--table', join(tmp, 'table.csv'), '--report'])
    expect(run.stderr).toBe('')
    const rows = run.stdout
      .toString()
      .split('\n')
      .filter((line) => line.startsWith('| '))
    // The head and two rows, each with five cells (four unescaped pipes inside).
    expect(rows).toHaveLength(3)
    for (const row of rows) expect(row.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(6)
    expect(rows[1]).toContain('| 乙サービス\\|（旧称<br>甲） |')
    expect(rows[2]).toContain('| 利用<br>条件 | &lt;b>ご利用の条件&lt;/b> |')
  })
})

describe('the corpus output is unchanged by the escaping', () => {
  it('rewrite of the seed has no escapes it did not need', async () => {
    const run = await yakkan(['rewrite', '--reseller', 'corpus/usen-gate02-secure-mx/2024-10-30.md', '--upstream', 'corpus/upstream/iij-general.md', '--upstream', 'corpus/upstream/iij-secure-mx.md'])
    const md = run.stdout.toString()
    expect(md).not.toMatch(/\\[\\`*_[\]~<]|&lt;/)
    expect(md).toContain('~~(1) DOX連携オプション')
    expect(readFileSync(join(root, 'corpus/upstream/iij-secure-mx.md'), 'utf8')).not.toMatch(/[<*_~`[\]\\]/)
  })
})
