import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Waits until the page shows the editor and its connection to the server stands. */
export async function waitForConnectedEditor(page: Page): Promise<void> {
  await page.getByTestId('editor').waitFor()
  await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-status')).toBe('connected')
}
