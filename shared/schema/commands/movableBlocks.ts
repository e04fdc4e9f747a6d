import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../nodeNames'

/** The blocks that have a handle: they can be moved, duplicated and deleted as a whole. */
export const movableBlockNames: ReadonlySet<string> = new Set([NodeName.teilziel, NodeName.massnahme, NodeName.oberziel, NodeName.handlungsfeld])

export function isMovableBlock(node: ProseMirrorNode): boolean {
  return movableBlockNames.has(node.type.name)
}

/**
 * Whether movable blocks may stand among `parent`'s children: in the document itself or in a Handlungsfeld,
 * never in a field, a list or a table (the loose schema would accept a Teilziel there, but it means nothing).
 */
export function holdsMovableBlocks(parent: ProseMirrorNode): boolean {
  return parent.type.name === 'doc' || parent.type.name === NodeName.handlungsfeld
}
