import type { Locator } from 'playwright-core'

/** The text of an editor element without the other people's caret labels, which are shown inside it. */
export function readFieldText(element: Locator): Promise<string> {
  return element.evaluate((node) => {
    const copy = node.cloneNode(true) as HTMLElement
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
    return copy.textContent ?? ''
  })
}
