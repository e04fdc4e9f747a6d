import { Extension } from '@tiptap/core'
import { NodeName } from '../../../shared/schema/nodeNames'
import { findListItemAtCaret } from './findListItemAtCaret'

/**
 * Alt+Umschalt+→ indents the list item around the caret, Alt+Umschalt+← outdents a nested one (Word's
 * promote and demote); an item of a top-level list stays in its list (Strg+Umschalt+8 ends a list).
 */
export const ListIndentation = Extension.create({
  name: 'listIndentation',

  addKeyboardShortcuts() {
    return {
      'Alt-Shift-ArrowRight': () => findListItemAtCaret(this.editor.state) !== null && this.editor.commands.sinkListItem(NodeName.listItem),
      'Alt-Shift-ArrowLeft': () => findListItemAtCaret(this.editor.state)?.nested === true && this.editor.commands.liftListItem(NodeName.listItem),
    }
  },
})
