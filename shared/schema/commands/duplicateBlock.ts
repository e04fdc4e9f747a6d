import { TextSelection, type Transaction } from '@tiptap/pm/state'
import { canPlaceBlockAt } from './canPlaceBlockAt'
import { movableBlockAt } from './findMovableBlock'
import { withFreshBlockIds } from './withFreshBlockIds'

/**
 * Puts a copy of the movable block at `position` right after it, with new block ids throughout, and the caret
 * at the copy's start. Returns the copy's position, or null.
 */
export function duplicateBlock(tr: Transaction, position: number): number | null {
  const block = movableBlockAt(tr.doc, position)
  if (!block) return null
  const copyPosition = position + block.node.nodeSize
  if (!canPlaceBlockAt(tr.doc, block.node, null, copyPosition)) return null
  tr.insert(copyPosition, withFreshBlockIds(block.node))
  tr.setSelection(TextSelection.near(tr.doc.resolve(copyPosition + 1)))
  tr.scrollIntoView()
  return copyPosition
}
