// Builds the project once before any test file runs, so the command-line tests run the real
// dist/ output. Type errors do not stop the run (tsc still emits, and `npm run typecheck`
// is where they fail); a build that emitted nothing does.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url))
  // Incremental, so a second run with nothing changed takes a moment.
  const args = [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', 'dist/.tsbuildinfo']
  const result = spawnSync(process.execPath, args, {cwd: root, encoding: 'utf8'})
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
  if (!existsSync(new URL('../dist/src/cli.js', import.meta.url))) {
    throw new Error(`the build produced no dist/src/cli.js:\n${output}`)
  }
  if (result.status !== 0) process.stderr.write(`\n[global-setup] tsc reported errors; tests run against what it emitted:\n${output}\n\n`)
}
