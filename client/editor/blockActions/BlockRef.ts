import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { findMovableBlockById } from '../../../shared/schema/commands/findMovableBlockById'
import { movableBlockAt, type BlockAt } from '../../../shared/schema/commands/findMovableBlock'

/** A block as a menu, dialog or drag holds on to it: where it stood then, and its id to find it after others' edits. */
export interface BlockRef {
  position: number
  id: string | null
}

/** The movable block at `position` as a reference, or null. */
export function blockRefAt(doc: ProseMirrorNode, position: number | undefined): BlockRef | null {
  if (typeof position !== 'number') return null
  const block = movableBlockAt(doc, position)
  if (!block) return null
  const id = block.node.attrs['id']
  return { position, id: typeof id === 'string' ? id : null }
}

/** Where the referenced block stands now, or null if it is gone. */
export function resolveBlockRef(doc: ProseMirrorNode, ref: BlockRef): BlockAt | null {
  if (ref.id === null) return movableBlockAt(doc, ref.position)
  return findMovableBlockById(doc, ref.id, ref.position)
}
