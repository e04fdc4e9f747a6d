import type { Locator } from 'playwright-core'

/** Puts the caret at the start of a field's text by clicking at the very beginning of its first line. */
export async function clickAtFieldStart(field: Locator): Promise<void> {
  await field.click({ position: { x: 1, y: 4 } })
}
