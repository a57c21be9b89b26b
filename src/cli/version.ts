// The package's version and home page, for --version and for tools named in reports (SARIF).
import {readFileSync} from 'node:fs'

interface PackageJson {
  version: string
  homepage?: string
}

function packageJson(): PackageJson {
  return JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as PackageJson
}

export function packageVersion(): string {
  return packageJson().version
}

/** Where people read about yakkan; the SARIF points each rule at its section there. */
export function packageHomepage(): string | undefined {
  return packageJson().homepage
}
