import type { Editor } from '@tiptap/core'
import type { FieldDirection } from './fieldNavigation/FieldStop'
import { focusOutlineEntryAtCursor } from './outline/focusOutlineEntryAtCursor'

const focusableSelector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Moves the keyboard focus out of the editor without changing it: forward to the next focusable element after
 * the editor, or, as nothing follows it on the editor page, to the outline entry of the place the cursor is
 * in; backward to the focusable element before the editor (the toolbar). Returns whether the focus moved.
 */
export function focusOutsideEditor(editor: Editor, direction: FieldDirection): boolean {
  const editorElement = editor.view.dom
  const candidates = Array.from(document.querySelectorAll<HTMLElement>(focusableSelector)).filter(
    (element) => !editorElement.contains(element) && element.tabIndex >= 0 && element.getClientRects().length > 0,
  )
  const following = (element: HTMLElement) => (editorElement.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  const target = direction === 'forward' ? candidates.find(following) : candidates.filter((element) => !following(element)).at(-1)
  if (target) {
    target.focus()
    return true
  }
  return direction === 'forward' && focusOutlineEntryAtCursor(editor)
}
