import fs from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'

/** Saves a full-page screenshot as `<name>.png` into the directory `REVIEW_SCREENSHOTS` names; does nothing without it. */
export async function saveReviewScreenshot(page: Page, name: string): Promise<void> {
  const directory = process.env['REVIEW_SCREENSHOTS']
  if (!directory) return
  await fs.mkdir(directory, { recursive: true })
  await page.screenshot({ path: path.join(directory, `${name}.png`), fullPage: false })
}
