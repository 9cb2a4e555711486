/**
 * The headless browser of the review page's tests and screenshots: the
 * system's Chromium (Debian's `chromium` package, which .ci/run installs),
 * driven by playwright-core, which never downloads a browser of its own.
 */
import fs from 'node:fs'
import {chromium, type Browser} from 'playwright-core'

/** Where Chromium may be: `CHROMIUM_PATH` first, then Debian's and Ubuntu's names. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

export function chromiumPath(): string {
  const wanted = process.env.CHROMIUM_PATH
  if (wanted) {
    if (!fs.existsSync(wanted)) throw new Error(`CHROMIUM_PATH is ${wanted}, which does not exist`)
    return wanted
  }
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate))
  // Fail loudly rather than skip: a skipped browser test would let CI pass
  // without ever opening the page.
  if (!found) throw new Error(`No Chromium found (${CANDIDATES.join(', ')}): install it with \`apt-get install chromium\` (as .ci/run does) or set CHROMIUM_PATH`)
  return found
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath(), headless: true})
}
