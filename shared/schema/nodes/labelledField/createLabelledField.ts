import { mergeAttributes, Node } from '@tiptap/core'

export interface LabelledFieldDefinition {
  name: string
  label: string
  group: string
}

/** Longest label an editor can give a field; the label column of the exports is narrow. */
export const maxFieldLabelLength = 200

/**
 * A field with a label column and free text beside it, as in the Teilziel tables of seed 003.
 * Content is deliberately `fieldBlock*`: a stricter expression could be violated by concurrent edits,
 * and y-prosemirror deletes nodes that no longer fit; missing content is repaired instead.
 * The `label` attribute keeps the document's own wording ("Möglichkeiten und Aufgaben des Kreises"); empty
 * means the standard label. As an attribute of the element it is synced, validated and tracked like any other.
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

    addAttributes() {
      return {
        label: {
          default: '',
          parseHTML: (element: HTMLElement) => element.getAttribute('data-label') ?? '',
          renderHTML: (attributes: Record<string, unknown>) => (attributes['label'] ? { 'data-label': String(attributes['label']) } : {}),
        },
      }
    },

    parseHTML() {
      return [{ tag: `div[data-type="${definition.name}"]`, contentElement: '[data-field-content]' }]
    },

    renderHTML({ node, HTMLAttributes }) {
      const own = typeof node.attrs['label'] === 'string' ? node.attrs['label'].trim() : ''
      const label = own || definition.label
      return [
        'div',
        mergeAttributes(HTMLAttributes, {
          'data-type': definition.name,
          class: 'concept-field',
          role: 'group',
          'aria-label': label,
        }),
        ['div', { class: 'concept-field-label', contenteditable: 'false', 'aria-hidden': 'true' }, label],
        ['div', { class: 'concept-field-content', 'data-field-content': '' }, 0],
      ]
    },
  })
}
