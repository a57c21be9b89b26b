// Which files are documents, the same for a folder and for a glob: READMEs, node_modules
// and hidden files or folders are never taken; a folder gives its *.md and *.txt.
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {InputError} from '../parse/decode.js'

/** A `/`-separated path below a folder or a glob's base that is never a document. */
export function skipped(name: string): boolean {
  return /(^|\/)(\.[^/]|node_modules(\/|$))/.test(name) || /(^|\/)readme(\.[^/]*)?$/i.test(name)
}

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
    .filter((name) => /\.(md|txt)$/i.test(name) && !skipped(name))
    .sort()
    .map((name) => join(dir, name))
}
