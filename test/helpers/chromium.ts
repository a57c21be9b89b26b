// Debian's chromium, which the browser tests drive through playwright-core. Where it is missing
// the tests skip with a notice, except on CI (CI=true), where its absence fails the run.
import {mkdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import {available} from './requires.js'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = available(chromiumPath, 'Chromium (apt-get install chromium; or CHROMIUM_PATH)')

/**
 * One Chromium page for a describe block: `open` writes HTML under out/ and loads it, and every
 * request the page makes is recorded (the tests require that nothing outside the file loads).
 */
export function usePage(viewport: {width: number; height: number}) {
  let browser: Browser | undefined
  const tab = {
    page: undefined as unknown as Page,
    requests: [] as string[],
    out: fileURLToPath(new URL('../../out/', import.meta.url)),
    /** Writes `html` to out/<name>, loads it and returns its path. */
    async open(name: string, html: string): Promise<string> {
      mkdirSync(tab.out, {recursive: true})
      const path = `${tab.out}${name}`
      writeFileSync(path, html)
      await tab.page.goto(pathToFileURL(path).href)
      return path
    }
  }
  beforeAll(async () => {
    browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']})
    tab.page = await browser.newPage({viewport})
    tab.page.on('request', (request) => tab.requests.push(request.url()))
  })
  afterAll(async () => {
    await browser?.close()
  })
  return tab
}
