import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model'
import { holdsMovableBlocks, isMovableBlock } from './movableBlocks'

export interface BlockAt {
  node: ProseMirrorNode
  /** The position before the block. */
  position: number
}

/** The innermost movable block around `$position` (a Teilziel before the Handlungsfeld it stands in), or null. */
export function findMovableBlockAround($position: ResolvedPos): BlockAt | null {
  for (let depth = $position.depth; depth > 0; depth -= 1) {
    const node = $position.node(depth)
    if (isMovableBlock(node) && holdsMovableBlocks($position.node(depth - 1))) return { node, position: $position.before(depth) }
  }
  return null
}

/** The movable block that starts at `position`, or null if none does (the document changed meanwhile). */
export function movableBlockAt(doc: ProseMirrorNode, position: number): BlockAt | null {
  if (position < 0 || position >= doc.content.size) return null
  const node = doc.nodeAt(position)
  if (!node || !isMovableBlock(node) || !holdsMovableBlocks(doc.resolve(position).parent)) return null
  return { node, position }
}
