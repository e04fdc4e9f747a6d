import type { Editor } from '@tiptap/core'

/**
 * Moves the keyboard focus to the outline ("Gliederung") entry of the innermost Teilziel, Maßnahme,
 * Handlungsfeld or heading around the cursor, or to the first entry. Returns false without an outline.
 */
export function focusOutlineEntryAtCursor(editor: Editor): boolean {
  const { $from } = editor.state.selection
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const id: unknown = $from.node(depth).attrs['id']
    if (typeof id !== 'string') continue
    const entry = document.querySelector<HTMLElement>(`.outline-item[data-block-id="${CSS.escape(id)}"] > .outline-entry`)
    if (entry) {
      entry.focus()
      return true
    }
  }
  const first = document.querySelector<HTMLElement>('.outline-entry')
  first?.focus()
  return first !== null
}
