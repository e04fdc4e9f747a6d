import { mergeAttributes, Node } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { NodeName } from '../../nodeNames'
import { insertBlockNearSelection } from '../../commands/insertBlockNearSelection'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    handlungsfeld: {
      /**
       * Inserts an empty Handlungsfeld with the cursor in its title: beside the current one, or, with
       * `nested`, as a sub-section (3.1 → 3.1.1) inside the Handlungsfeld around the cursor.
       */
      insertHandlungsfeld: (options?: { nested?: boolean }) => ReturnType
    }
  }
}

export function createHandlungsfeldNode(schema: Schema) {
  return schema.nodes[NodeName.handlungsfeld]!.create(null, [
    schema.nodes[NodeName.handlungsfeldTitel]!.create(),
    schema.nodes[NodeName.paragraph]!.create(),
  ])
}

export const Handlungsfeld = Node.create({
  name: NodeName.handlungsfeld,
  group: 'block',
  // The title is expected first, but a looser expression keeps concurrent edits from invalidating the
  // section; ordinary blocks come first so that Enter creates a paragraph, not a second title.
  content: '(block | handlungsfeldTitel)*',
  defining: true,
  // Deleting or lifting never crosses its edges (Delete before a sub-section would lift its title out).
  isolating: true,

  parseHTML() {
    return [{ tag: 'section[data-type="handlungsfeld"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': NodeName.handlungsfeld, class: 'handlungsfeld' }), 0]
  },

  addCommands() {
    return {
      insertHandlungsfeld:
        (options = {}) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection
          let handlungsfeldDepth = -1
          for (let depth = $from.depth; depth > 0; depth -= 1) {
            if ($from.node(depth).type.name === NodeName.handlungsfeld) {
              handlungsfeldDepth = depth
              break
            }
          }
          const node = createHandlungsfeldNode(state.schema)
          // A sub-section needs a Handlungsfeld around the cursor to belong to.
          if (handlungsfeldDepth < 0) return options.nested ? false : insertBlockNearSelection(state, tr, node, dispatch)
          const intoDepth = options.nested ? handlungsfeldDepth : handlungsfeldDepth - 1
          return insertBlockNearSelection(state, tr, node, dispatch, { intoDepth })
        },
    }
  },
})
