import { Extension } from '@tiptap/core'
import { NodeName } from '../../../shared/schema/nodeNames'
import { focusOutsideEditor } from '../focusOutsideEditor'
import { findListItemAtCaret } from '../lists/findListItemAtCaret'
import type { FieldDirection } from './FieldStop'
import { findCurrentFieldStop } from './findCurrentFieldStop'
import { moveToAdjacentFieldStop } from './moveToAdjacentFieldStop'

/**
 * Tab and Shift+Tab move between labelled fields (Teilziel and Maßnahme fields, Oberziel, Handlungsfeld
 * title, Maßnahme header controls) as between the cells of a Word table, and never change the text: a
 * keyboard pass through the concept leaves it as it was. As in Word, the one exception is a list item with
 * the caret at the very start of its text: there Tab indents it (when it has an item before it) and
 * Shift+Tab outdents a nested item by one level; an item is never lifted out of its list by Shift+Tab.
 * Alt+Umschalt+→/← indent and outdent anywhere in a list item (ListIndentation). Outside fields, and past
 * the first or last field, Tab leaves the editor (focusOutsideEditor) instead of reaching the list keymaps.
 * The priority puts this ahead of the lists and behind the slash menu.
 */
export const FieldNavigation = Extension.create({
  name: 'fieldNavigation',
  priority: 200,

  addKeyboardShortcuts() {
    const move = (direction: FieldDirection) => {
      const { state } = this.editor
      const item = findListItemAtCaret(state)
      if (item?.atStart && direction === 'forward' && this.editor.can().sinkListItem(NodeName.listItem)) return this.editor.commands.sinkListItem(NodeName.listItem)
      if (item?.atStart && item.nested && direction === 'backward') return this.editor.commands.liftListItem(NodeName.listItem)
      const current = findCurrentFieldStop(state)
      if (current && moveToAdjacentFieldStop(this.editor, current, direction)) return true
      focusOutsideEditor(this.editor, direction)
      return true
    }
    return {
      Tab: () => move('forward'),
      'Shift-Tab': () => move('backward'),
    }
  },
})
