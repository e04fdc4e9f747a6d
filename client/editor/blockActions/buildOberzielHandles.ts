import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { holdsMovableBlocks } from '../../../shared/schema/commands/movableBlocks'
import { NodeName } from '../../../shared/schema/nodeNames'
import type { BlockActionsStore } from './BlockActionsStore'
import { blockRefAt } from './BlockRef'
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
          (view, getPos) => {
            // The widget stands at the Oberziel's content start, one after the block itself.
            const getBlock = () => {
              const widgetPosition = getPos()
              return widgetPosition === undefined ? null : blockRefAt(view.state.doc, widgetPosition - 1)
            }
            const handle = createBlockHandleElement(store, getBlock, 'Oberziel')
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
