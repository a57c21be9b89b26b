// Where every command's output goes: standard output (no -o, or `-o -`) or a file, whose
// missing parent folders are created — the same rule for every command. A file that cannot
// be written ends in one localised line (OutputError); a closed pipe on standard output
// (`yakkan check … | head`) only stops the writing, and the exit status stays the command's.
import {createWriteStream} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import {dirname} from 'node:path'
import {Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import type {Lang} from './lang.js'
import {visible} from './visible.js'

export type Content = string | Iterable<string> | AsyncIterable<string>

export interface OutputOptions {
  /** -o as given: a path, `-` or nothing for standard output */
  output?: string
  /** a human-readable format: a document's control characters are shown as escapes */
  text?: boolean
  /** yakkan's own colour sequences are kept (with `text`) */
  colour?: boolean
}

/** Writes a command's output to its -o target. */
export async function writeOutput(content: Content, options: OutputOptions): Promise<void> {
  const chunks = options.text ? mapChunks(content, (chunk) => visible(chunk, {colour: options.colour})) : content
  if (options.output === undefined || options.output === '-') await writeStdout(chunks)
  else await writeFileOutput(options.output, chunks)
}

/** Writes a file, creating its parent folders; any failure is an OutputError naming the file. */
export async function writeFileOutput(path: string, content: Content): Promise<void> {
  try {
    await mkdir(dirname(path), {recursive: true})
    await pipeline(Readable.from(typeof content === 'string' ? [content] : content), createWriteStream(path))
  } catch (error) {
    throw new OutputError(path, error as NodeJS.ErrnoException)
  }
}

async function writeStdout(content: Content): Promise<void> {
  for await (const chunk of typeof content === 'string' ? [content] : content) {
    // Once the reader has gone (EPIPE), the rest of the output has nowhere to go.
    if (process.stdout.destroyed) return
    const flushed = process.stdout.write(chunk)
    if (!flushed) await new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off('drain', done).off('close', done).off('error', done)
        resolve()
      }
      process.stdout.once('drain', done).once('close', done).once('error', done)
    })
  }
}

async function* mapChunks(content: Content, map: (chunk: string) => string): AsyncIterable<string> {
  for await (const chunk of typeof content === 'string' ? [content] : content) yield map(chunk)
}

const reasons: Record<string, {ja: string; en: string}> = {
  ENOSPC: {ja: 'ディスクに空きがありません', en: 'no space left on the disk'},
  EDQUOT: {ja: 'ディスクの割り当てを超えました', en: 'disk quota exceeded'},
  EACCES: {ja: '書き込む権限がありません', en: 'permission denied'},
  EPERM: {ja: '書き込む権限がありません', en: 'permission denied'},
  EROFS: {ja: '読み取り専用の場所です', en: 'read-only file system'},
  EISDIR: {ja: 'ディレクトリです。ファイル名を指定してください', en: 'is a directory; name a file'},
  ENOTDIR: {ja: 'パスの途中がファイルです', en: 'a part of the path is a file'},
  EEXIST: {ja: 'パスの途中がファイルです', en: 'a part of the path is a file'}
}

/** An output file that could not be written, worded in both languages. */
export class OutputError extends Error {
  override readonly name = 'OutputError'

  /** the system's error code (ENOSPC, …), or its message when it has none */
  readonly detail: string

  constructor(
    readonly path: string,
    cause: NodeJS.ErrnoException
  ) {
    super(`${path}: ${cause.code ?? cause.message}`)
    this.detail = cause.code ?? cause.message
  }

  text(lang: Lang): string {
    const reason = reasons[this.detail]?.[lang] ?? this.detail
    return lang === 'ja' ? `${this.path}: 書き込めません（${reason}）` : `${this.path}: cannot write it (${reason})`
  }
}
