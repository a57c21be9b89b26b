// What some tests need from outside the repository (../shared, Chromium). On CI (CI=true)
// its absence fails the run, so a build cannot pass with those tests silently gone;
// elsewhere the tests are skipped with a notice, and counted by vitest as skipped.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** True when `path` exists; when not, throws on CI and warns elsewhere. */
export function available(path: string | URL, what: string): boolean {
  if (existsSync(path)) return true
  const shown = typeof path === 'string' ? path : fileURLToPath(path)
  if (process.env.CI) throw new Error(`${what} is required on CI (CI=true) but ${shown} is absent`)
  console.warn(`skipped: ${what} — ${shown} is absent`)
  return false
}

/** The ../shared/egov-laws statutes the per-law tests are written for. */
export const statuteCount = 25

/** Names to run per-law tests over, or as many placeholders when the folder is absent (so each skipped test is counted). */
export function perLaw(names: string[], present: boolean): string[] {
  return present ? names : Array.from({length: statuteCount}, (_, k) => `(statute ${k + 1} of ${statuteCount}: ../shared/egov-laws absent)`)
}
