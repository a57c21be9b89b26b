// Debian's chromium, which the browser tests drive through playwright-core. Where it is missing
// the tests skip with a notice, except on CI (CI=true), where its absence fails the run.
import {available} from './requires.js'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = available(chromiumPath, 'Chromium (apt-get install chromium; or CHROMIUM_PATH)')
