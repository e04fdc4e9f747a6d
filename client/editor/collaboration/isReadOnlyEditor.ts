import type { Editor } from '@tiptap/core'
import { ReadOnlyGuard } from './ReadOnlyGuard'

/** Whether an editor shows its document read-only: not editable at all, or guarded by `ReadOnlyGuard`. */
export function isReadOnlyEditor(editor: Editor): boolean {
  return !editor.isEditable || editor.extensionManager.extensions.some((extension) => extension.name === ReadOnlyGuard.name)
}
