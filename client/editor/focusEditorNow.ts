import type { Editor } from '@tiptap/core'

/**
 * Puts the keyboard focus into the editor at its current selection, at once. Tiptap's `focus()` command
 * waits for the next animation frame, and keys pressed in between (a toolbar button pressed with Enter,
 * then typing straight on) would land on whatever still has the focus.
 */
export function focusEditorNow(editor: Editor): void {
  if (!editor.view.hasFocus()) editor.view.focus()
}
