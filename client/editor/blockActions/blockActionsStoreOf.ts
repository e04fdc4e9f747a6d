import type { Editor } from '@tiptap/core'
import { isReadOnlyEditor } from '../collaboration/isReadOnlyEditor'
import type { BlockActionsStore } from './BlockActionsStore'

/** The block actions of an editor that may change its document, or null (readers, or an editor without them). */
export function blockActionsStoreOf(editor: Editor): BlockActionsStore | null {
  const storage = (editor.storage as Partial<typeof editor.storage>).blockActions
  if (!storage || isReadOnlyEditor(editor)) return null
  return storage.store
}
