import { Extension } from '@tiptap/core'
import { findCurrentFieldStop } from './findCurrentFieldStop'
import { moveToAdjacentFieldStop } from './moveToAdjacentFieldStop'

/**
 * Tab and Shift+Tab move between labelled fields (Teilziel and Maßnahme fields, Oberziel, Handlungsfeld
 * title) as between the cells of a form. Its priority is below the list extensions: in a list, Tab first
 * indents and Shift+Tab outdents the item, and only where that is impossible moves to the next field.
 * Outside fields, and after the last field, Tab keeps its usual meaning and leaves the editor.
 */
export const FieldNavigation = Extension.create({
  name: 'fieldNavigation',
  priority: 90,

  addKeyboardShortcuts() {
    const move = (direction: 'forward' | 'backward') => {
      const current = findCurrentFieldStop(this.editor.state)
      return current ? moveToAdjacentFieldStop(this.editor, current, direction) : false
    }
    return {
      Tab: () => move('forward'),
      'Shift-Tab': () => move('backward'),
    }
  },
})
