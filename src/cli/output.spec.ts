import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {OutputError, writeFileOutput} from './output.js'

const tmp = mkdtempSync(join(tmpdir(), 'yakkan-output-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

describe('writeFileOutput', () => {
  it('creates missing parent folders and writes a string or chunks', async () => {
    await writeFileOutput(join(tmp, 'a', 'b', 'one.txt'), '第1条\n')
    await writeFileOutput(join(tmp, 'a', 'two.txt'), ['第1条', '\n', '第2条\n'])
    expect(readFileSync(join(tmp, 'a', 'b', 'one.txt'), 'utf8')).toBe('第1条\n')
    expect(readFileSync(join(tmp, 'a', 'two.txt'), 'utf8')).toBe('第1条\n第2条\n')
  })

  it('turns a failure into an OutputError naming the file', async () => {
    writeFileSync(join(tmp, 'file'), '')
    const error = await writeFileOutput(join(tmp, 'file', 'x.txt'), 'x').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OutputError)
    expect((error as OutputError).text('ja')).toBe(`${join(tmp, 'file', 'x.txt')}: 書き込めません（パスの途中がファイルです）`)
  })
})

describe('OutputError', () => {
  const errno = (code: string | undefined, message = 'boom') => Object.assign(new Error(message), {code}) as NodeJS.ErrnoException

  it('says why in both languages, and names standard output', () => {
    expect(new OutputError('out.md', errno('EACCES')).text('ja')).toBe('out.md: 書き込めません（書き込む権限がありません）')
    expect(new OutputError('out.md', errno('EROFS')).text('en')).toBe('out.md: cannot write it (read-only file system)')
    expect(new OutputError('-', errno('ENOSPC')).text('ja')).toBe('標準出力: 書き込めません（ディスクに空きがありません）')
    expect(new OutputError('-', errno('ENOSPC')).text('en')).toBe('standard output: cannot write it (no space left on the disk)')
  })

  it('falls back to the system code, or the message when there is none', () => {
    expect(new OutputError('out.md', errno('EIO')).text('en')).toBe('out.md: cannot write it (EIO)')
    expect(new OutputError('out.md', errno(undefined, 'stream closed')).text('ja')).toBe('out.md: 書き込めません（stream closed）')
  })
})
