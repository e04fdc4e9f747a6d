import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../nodeNames'
import { holdsMovableBlocks } from './movableBlocks'

/**
 * Whether `block` may be put at `target` (a position between two siblings): into the document or a
 * Handlungsfeld, after the Handlungsfeld's title, and not into itself. `from` is where the block stands now,
 * or null for a new block (a duplicate).
 */
export function canPlaceBlockAt(doc: ProseMirrorNode, block: ProseMirrorNode, from: number | null, target: number): boolean {
  if (target < 0 || target > doc.content.size) return false
  if (from !== null && target > from && target < from + block.nodeSize) return false
  const $target = doc.resolve(target)
  const parent = $target.parent
  if (!holdsMovableBlocks(parent) || $target.parentOffset !== offsetOfIndex(parent, $target.index())) return false
  for (let index = $target.index(); index < parent.childCount; index += 1) {
    if (parent.child(index).type.name === NodeName.handlungsfeldTitel) return false
  }
  return parent.canReplaceWith($target.index(), $target.index(), block.type)
}

function offsetOfIndex(parent: ProseMirrorNode, index: number): number {
  let offset = 0
  for (let child = 0; child < index; child += 1) offset += parent.child(child).nodeSize
  return offset
}
