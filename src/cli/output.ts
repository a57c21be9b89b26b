// Where every command's output goes: standard output (no -o, or `-o -`) or a file, whose
// missing parent folders are created — the same rule for every command. A file that cannot
// be written ends in one localised line (OutputError).
import {createWriteStream} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import {dirname} from 'node:path'
import {Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import type {Lang} from './lang.js'
import {visible} from './visible.js'

/** Text, or the bytes of a binary format (DOCX), whole or in chunks. */
export type Content = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>

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
    await pipeline(Readable.from(whole(content)), createWriteStream(path))
  } catch (error) {
    throw new OutputError(path, error as NodeJS.ErrnoException)
  }
}

async function writeStdout(content: Content): Promise<void> {
  for await (const chunk of whole(content)) {
    if (process.stdout.destroyed) return
    // A failed write (a closed pipe, a full disk) ends the output; standard output's error
    // listener (src/cli.ts) decides what it means.
    const written = await new Promise<boolean>((resolve) => process.stdout.write(chunk, (error) => resolve(!error)))
    if (!written) return
  }
}

async function* mapChunks(content: Content, map: (chunk: string) => string): AsyncIterable<string | Uint8Array> {
  for await (const chunk of whole(content)) yield typeof chunk === 'string' ? map(chunk) : chunk
}

/** A string or a byte array is one chunk (iterating it would split it into characters or bytes). */
function whole(content: Content): Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> {
  return typeof content === 'string' || content instanceof Uint8Array ? [content] : content
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

/** An output (a file, or `-` for standard output) that could not be written, worded in both languages. */
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
    const name = this.path !== '-' ? this.path : lang === 'ja' ? '標準出力' : 'standard output'
    return lang === 'ja' ? `${name}: 書き込めません（${reason}）` : `${name}: cannot write it (${reason})`
  }
}
