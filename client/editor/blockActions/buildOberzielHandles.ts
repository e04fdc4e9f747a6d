import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { holdsMovableBlocks } from '../../../shared/schema/commands/movableBlocks'
import { NodeName } from '../../../shared/schema/nodeNames'
import type { BlockActionsStore } from './BlockActionsStore'
import { createBlockHandleElement } from './createBlockHandleElement'

const destroyers = new WeakMap<Node, () => void>()

/**
 * The Oberziel's handle: its view is the labelled field's (label column, text), so the handle comes as a widget
 * at the start of its text, shown in the label column by CSS, and the Oberziel is marked as a block a dragged
 * block can be dropped beside. Keyed by block id, so a handle survives the rebuilding on each change.
 */
export function buildOberzielHandles(doc: ProseMirrorNode, store: BlockActionsStore): DecorationSet {
  const decorations: Decoration[] = []
  const visit = (parent: ProseMirrorNode, contentStart: number) => {
    if (!holdsMovableBlocks(parent)) return
    parent.forEach((child, offset) => {
      const position = contentStart + offset
      if (child.type.name === NodeName.handlungsfeld) visit(child, position + 1)
      if (child.type.name !== NodeName.oberziel) return
      decorations.push(Decoration.node(position, position + child.nodeSize, { 'data-movable-block': '' }))
      decorations.push(
        Decoration.widget(
          position + 1,
          (_view, getPos) => {
            // The widget stands at the Oberziel's content start, one after the block itself.
            const handle = createBlockHandleElement(store, () => (getPos() === undefined ? undefined : getPos()! - 1), 'Oberziel')
            destroyers.set(handle.dom, handle.destroy)
            return handle.dom
          },
          { side: -1, key: `oberziel-handle:${String(child.attrs['id'] ?? position)}`, ignoreSelection: true, stopEvent: () => true, destroy: (dom) => destroyers.get(dom)?.() },
        ),
      )
    })
  }
  visit(doc, 0)
  return DecorationSet.create(doc, decorations)
}
