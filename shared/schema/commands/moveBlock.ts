import { TextSelection, type Transaction } from '@tiptap/pm/state'
import { canPlaceBlockAt } from './canPlaceBlockAt'
import { movableBlockAt } from './findMovableBlock'

/**
 * Moves the movable block at `position` to `target` (a position between siblings in the document before the
 * move) as one step of `tr`: the same node, id and content, taken out and put in again, so the change record
 * shows a move. A selection inside the block moves with it; otherwise the caret goes to the block's start.
 * Returns the block's new position, or null (and leaves `tr` alone) where the block may not stand.
 */
export function moveBlock(tr: Transaction, position: number, target: number): number | null {
  const block = movableBlockAt(tr.doc, position)
  if (!block || target === position || target === position + block.node.nodeSize) return null
  if (!canPlaceBlockAt(tr.doc, block.node, position, target)) return null
  const end = position + block.node.nodeSize
  const { anchor, head } = tr.selection
  const inside = (point: number) => point > position && point < end
  const keepsSelection = tr.selection instanceof TextSelection && inside(anchor) && inside(head)
  tr.delete(position, end)
  const newPosition = tr.mapping.map(target, target > position ? -1 : 1)
  tr.insert(newPosition, block.node)
  if (keepsSelection) tr.setSelection(TextSelection.create(tr.doc, newPosition + (anchor - position), newPosition + (head - position)))
  else tr.setSelection(TextSelection.near(tr.doc.resolve(newPosition + 1)))
  tr.scrollIntoView()
  return newPosition
}
