import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { holdsMovableBlocks, isMovableBlock } from './movableBlocks'
import type { BlockAt } from './findMovableBlock'

/**
 * The movable block with block id `id`, preferring the one at `hint` (where it stood when a menu or dialog
 * opened): others' edits move positions while a menu is open, the id stays with the block. Null if it is gone.
 */
export function findMovableBlockById(doc: ProseMirrorNode, id: string, hint?: number): BlockAt | null {
  if (hint !== undefined && hint >= 0 && hint < doc.content.size) {
    const node = doc.nodeAt(hint)
    if (node && isMovableBlock(node) && node.attrs['id'] === id) return { node, position: hint }
  }
  let found: BlockAt | null = null
  const visit = (parent: ProseMirrorNode, contentStart: number) => {
    if (found || !holdsMovableBlocks(parent)) return
    parent.forEach((child, offset) => {
      if (found) return
      const position = contentStart + offset
      if (isMovableBlock(child) && child.attrs['id'] === id) found = { node: child, position }
      else visit(child, position + 1)
    })
  }
  visit(doc, 0)
  return found
}
