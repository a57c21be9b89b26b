// Finding the documents of a corpus folder: every *.md and *.txt below it except READMEs.
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {InputError} from '../parse/decode.js'

/** Paths (joined to `dir`, `/`-separated below it) in a stable order. */
export async function listDocuments(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) {
    const error = info
      ? new InputError('missing', {ja: 'ディレクトリではありません', en: 'not a directory'})
      : new InputError('missing', {ja: 'ディレクトリが見つかりません', en: 'no such directory'})
    error.path = dir
    throw error
  }
  const names = await readdir(dir, {recursive: true})
  return names
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.(md|txt)$/i.test(name) && !/(^|\/)readme\.md$/i.test(name))
    .sort()
    .map((name) => join(dir, name))
}
