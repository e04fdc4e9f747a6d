import { mergeAttributes, Node } from '@tiptap/core'
import { NodeName } from '../../nodeNames'
import { createTeilzielNode, nearbyTeilzielLabels } from './createTeilzielNode'
import { insertBlockNearSelection } from '../../commands/insertBlockNearSelection'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    teilziel: {
      /** Inserts an empty Teilziel with its five fields (labelled as the nearest Teilziel's) and puts the cursor into the first one. */
      insertTeilziel: () => ReturnType
    }
  }
}

export const Teilziel = Node.create({
  name: NodeName.teilziel,
  group: 'block',
  // Any number of fields in any order: concurrent edits must never make the block invalid.
  content: 'teilzielField*',
  defining: true,
  isolating: true,
  draggable: false,

  parseHTML() {
    return [{ tag: 'section[data-type="teilziel"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': NodeName.teilziel, class: 'teilziel' }), 0]
  },

  addCommands() {
    return {
      insertTeilziel:
        () =>
        ({ state, tr, dispatch }) =>
          insertBlockNearSelection(state, tr, createTeilzielNode(state.schema, nearbyTeilzielLabels(state.doc, state.selection.from)), dispatch),
    }
  },
})
