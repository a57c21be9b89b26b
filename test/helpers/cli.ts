// Runs the built command line (dist/src/cli.js, built by test/global-setup.ts) as a real process.
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {expect} from 'vitest'

export const root = fileURLToPath(new URL('../..', import.meta.url))
const cli = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url))

export interface Run {
  code: number | null
  stdout: Buffer
  stderr: string
}

/** `yakkan ARGS…` from the repository root, with `input` on stdin (stdin is closed either way). */
export function yakkan(args: string[], input?: Uint8Array | string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd: root})
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8')}))
    // A child that exits before reading its input closes the pipe; that is not a test failure.
    child.stdin.on('error', () => {})
    child.stdin.end(input)
  })
}

/** A refused run: exit 2, nothing on stdout, one `yakkan: ` line on stderr matching `pattern`, no stack trace. */
export function expectRefused(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2)
  expect(run.stdout.length).toBe(0)
  expect(run.stderr).toMatch(/^yakkan: [^\n]+\n$/)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(run.stderr).toMatch(pattern)
}
