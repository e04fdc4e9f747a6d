import fs from 'node:fs/promises'
import type { Download, Page } from 'playwright-core'

/** A file the page downloads when `trigger` runs: its suggested name and its bytes. */
export async function readDownload(page: Page, trigger: () => Promise<void>): Promise<{ fileName: string; body: Uint8Array; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), trigger()])
  const failure = await download.failure()
  if (failure) throw new Error(`download failed: ${failure}`)
  const file = await download.path()
  return { fileName: download.suggestedFilename(), body: new Uint8Array(await fs.readFile(file)), download }
}
