import { Extension } from '@tiptap/core'
import { focusOutlineEntryAtCursor } from '../outline/focusOutlineEntryAtCursor'
import { focusOutsideEditor } from '../focusOutsideEditor'
import { editorShortcutKeys } from './editorShortcutKeys'

export interface EditorShortcutsOptions {
  onOpenLinkDialog: () => void
  onFocusToolbar: () => boolean
}

/**
 * Shortcuts that lead out of the text: Strg+K opens the link dialog, Alt+F10 moves to the toolbar, Esc leaves
 * the editor for the outline entry of the place the cursor is in (Enter there leads back), so that nobody has
 * to Tab through every field to get out. The other office shortcuts (Strg+B/I/U, Strg+Alt+0/1/2,
 * Strg+Umschalt+7/8) come with the schema's nodes and marks. The slash menu takes Esc first while it is open.
 */
export const EditorShortcuts = Extension.create<EditorShortcutsOptions>({
  name: 'editorShortcuts',

  addOptions() {
    return { onOpenLinkDialog: () => undefined, onFocusToolbar: () => false }
  },

  addKeyboardShortcuts() {
    return {
      [editorShortcutKeys.linkDialog]: () => {
        this.options.onOpenLinkDialog()
        return true
      },
      [editorShortcutKeys.toolbar]: () => this.options.onFocusToolbar(),
      [editorShortcutKeys.leaveText]: () => focusOutlineEntryAtCursor(this.editor) || focusOutsideEditor(this.editor, 'forward'),
    }
  },
})
