// The package's version, for --version and for tools named in reports (SARIF).
import {readFileSync} from 'node:fs'

export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}).version
}
