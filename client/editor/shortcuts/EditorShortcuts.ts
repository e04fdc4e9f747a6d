import { Extension } from '@tiptap/core'

export interface EditorShortcutsOptions {
  onOpenLinkDialog: () => void
  onFocusToolbar: () => boolean
}

/**
 * Shortcuts that lead out of the text: Strg+K opens the link dialog, Alt+F10 moves to the toolbar. The
 * other office shortcuts (Strg+B/I/U, Strg+Alt+0/1/2, Strg+Umschalt+7/8) come with the schema's nodes and marks.
 */
export const EditorShortcuts = Extension.create<EditorShortcutsOptions>({
  name: 'editorShortcuts',

  addOptions() {
    return { onOpenLinkDialog: () => undefined, onFocusToolbar: () => false }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onOpenLinkDialog()
        return true
      },
      'Alt-F10': () => this.options.onFocusToolbar(),
    }
  },
})
