import { mergeAttributes, Node } from '@tiptap/core'

export interface LabelledFieldDefinition {
  name: string
  label: string
  group: string
}

/**
 * A field with a fixed label column and free text beside it, as in the Teilziel tables of seed 003.
 * Content is deliberately `fieldBlock*`: a stricter expression could be violated by concurrent edits,
 * and y-prosemirror deletes nodes that no longer fit; missing content is repaired instead.
 */
export function createLabelledField(definition: LabelledFieldDefinition) {
  return Node.create({
    name: definition.name,
    group: definition.group,
    content: 'fieldBlock*',
    defining: true,
    isolating: true,
    selectable: false,

    addStorage() {
      return { label: definition.label }
    },

    parseHTML() {
      return [{ tag: `div[data-type="${definition.name}"]`, contentElement: '[data-field-content]' }]
    },

    renderHTML({ HTMLAttributes }) {
      return [
        'div',
        mergeAttributes(HTMLAttributes, {
          'data-type': definition.name,
          class: 'concept-field',
          role: 'group',
          'aria-label': definition.label,
        }),
        ['div', { class: 'concept-field-label', contenteditable: 'false', 'aria-hidden': 'true' }, definition.label],
        ['div', { class: 'concept-field-content', 'data-field-content': '' }, 0],
      ]
    },
  })
}
