import { Extension } from '@tiptap/core'
import { isChangeOrigin } from '@tiptap/extension-collaboration'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { reportReadOnlyInput } from './readOnlyInputEvent'

function dropInput(): boolean {
  reportReadOnlyInput()
  return true
}

export const readOnlyGuardPluginKey = new PluginKey('readOnlyGuard')

/**
 * Read-only for people who may not change the text (reviewers), while the editor itself stays editable: they
 * keep a real caret that moves with the mouse, the arrow keys and the field navigation, and that the others
 * see. Every local change to the document is dropped; only changes from Yjs (other people) get through.
 * Typing, pasting, dropping and cutting stop before they touch the DOM, so what is shown stays the document.
 */
export const ReadOnlyGuard = Extension.create({
  name: 'readOnlyGuard',
  // Ahead of the slash menu and the shortcuts, so that Strg+K opens no link dialog that could not apply.
  priority: 1100,

  addKeyboardShortcuts() {
    return { 'Mod-k': () => true }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: readOnlyGuardPluginKey,
        filterTransaction: (transaction) => !transaction.docChanged || isChangeOrigin(transaction),
        props: {
          handleKeyDown: (_view, event) => {
            // Their changes are dropped by filterTransaction; say why the key did nothing.
            if (['Backspace', 'Delete', 'Enter'].includes(event.key) && !event.altKey) reportReadOnlyInput()
            return false
          },
          handleTextInput: dropInput,
          handlePaste: dropInput,
          handleDrop: dropInput,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault()
              reportReadOnlyInput()
              return true
            },
          },
        },
      }),
    ]
  },
})

