import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const chromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/** Debian's Chromium, driven by playwright-core; nothing is downloaded. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? chromiumPaths.find((candidate) => fs.existsSync(candidate))
  if (!executablePath) throw new Error('Chromium not found: install the Debian package "chromium" (see .ci/run)')
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  })
}
