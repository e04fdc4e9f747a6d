import type { Editor } from '@tiptap/core'

/** Scrolls the current match (its decoration) to the middle of the window, clear of the sticky header and toolbar. */
export function scrollToCurrentMatch(editor: Editor): void {
  const element = editor.view.dom.querySelector<HTMLElement>('.search-match--current')
  element?.scrollIntoView({ block: 'center', inline: 'nearest' })
}
