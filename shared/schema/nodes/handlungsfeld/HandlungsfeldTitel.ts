import { mergeAttributes, Node } from '@tiptap/core'
import { NodeName } from '../../nodeNames'

/**
 * The title line of a Handlungsfeld; its number (3.1, 3.1.2) is derived from position, never stored. Like a
 * field it is isolating and not selectable as a node: Backspace at its start never joins two Handlungsfelder.
 */
export const HandlungsfeldTitel = Node.create({
  name: NodeName.handlungsfeldTitel,
  content: 'inline*',
  marks: 'bold italic underline',
  defining: true,
  isolating: true,
  selectable: false,

  parseHTML() {
    return [{ tag: 'div[data-type="handlungsfeldTitel"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(HTMLAttributes, {
        'data-type': NodeName.handlungsfeldTitel,
        class: 'handlungsfeld-titel',
        role: 'heading',
        'aria-level': '2',
      }),
      0,
    ]
  },
})
