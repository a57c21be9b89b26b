// The SARIF that `yakkan check` writes for the corpus passes Microsoft's SARIF Multitool
// with GitHub's rules (what code scanning requires on upload) and the SARIF rules.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, yakkan} from './helpers/cli.js'

// The npm package ships the tool as a self-contained program for each platform.
const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string
let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'yakkan-sarif-'))
})
afterAll(() => {
  rmSync(tmp, {recursive: true, force: true})
})

interface Finding {
  ruleId: string
  level: string
  message: {text: string}
}

/** The Multitool's findings on a SARIF file, with the GitHub and SARIF rules. */
function validate(path: string): Finding[] {
  const out = `${path}.validation.sarif`
  // Called directly: the package's bin.js goes through a shell, which splits "Gh;Sarif".
  const run = spawnSync(multitool, ['validate', '--rule-kind', 'Gh;Sarif', '--output', out, path], {encoding: 'utf8'})
  expect(run.status, run.stdout + run.stderr).toBe(0)
  return JSON.parse(readFileSync(out, 'utf8')).runs[0].results as Finding[]
}

describe('SARIF for GitHub code scanning', () => {
  it('the corpus output has no error-level finding by the GitHub and SARIF rules', async () => {
    const sarif = join(tmp, 'corpus.sarif')
    const run = await yakkan(['check', 'corpus', '--format', 'sarif', '-o', sarif])
    expect(run.code).toBe(0)
    const log = JSON.parse(readFileSync(sarif, 'utf8'))
    expect(log.runs[0].results.length).toBeGreaterThan(0)
    const findings = validate(sarif)
    expect(findings.filter((finding) => finding.level === 'error')).toEqual([])
  })

  it('an absolute path below the working folder is still named relative to %SRCROOT%', async () => {
    const run = await yakkan(['check', join(root, 'test/fixtures/check/broken.md'), '--format', 'sarif'])
    const locations = JSON.parse(run.stdout.toString()).runs[0].results.map((result: any) => result.locations[0].physicalLocation.artifactLocation)
    expect(new Set(locations.map((location: object) => JSON.stringify(location)))).toEqual(new Set([JSON.stringify({uri: 'test/fixtures/check/broken.md', uriBaseId: '%SRCROOT%'})]))
  })

  it('the validator does catch what GitHub refuses: rules without a full description or help', async () => {
    const run = await yakkan(['check', 'test/fixtures/check/broken.md', '--format', 'sarif'])
    const log = JSON.parse(run.stdout.toString())
    for (const rule of log.runs[0].tool.driver.rules) {
      delete rule.fullDescription
      delete rule.help
    }
    const stripped = join(tmp, 'stripped.sarif')
    writeFileSync(stripped, JSON.stringify(log))
    const errors = validate(stripped).filter((finding) => finding.level === 'error')
    // Two per rule: fullDescription and help.
    expect(errors.map((finding) => finding.ruleId)).toEqual(Array(2 * log.runs[0].tool.driver.rules.length).fill('GH2012'))
  })
})
