import type { Locator } from 'playwright-core'

/** Puts the caret at the end of a field's text by clicking just inside the bottom right corner of its content. */
export async function clickAtFieldEnd(field: Locator): Promise<void> {
  const box = await field.boundingBox()
  if (!box) throw new Error('the field is not visible')
  await field.click({ position: { x: box.width - 3, y: box.height - 6 } })
}
