import { Selection, type Transaction } from '@tiptap/pm/state'
import { movableBlockAt } from './findMovableBlock'

/** Removes the movable block at `position` whole and puts the caret where it stood. Returns whether it did. */
export function deleteBlock(tr: Transaction, position: number): boolean {
  const block = movableBlockAt(tr.doc, position)
  if (!block) return false
  tr.delete(position, position + block.node.nodeSize)
  const $near = tr.doc.resolve(Math.min(position, tr.doc.content.size))
  tr.setSelection(Selection.near($near, position > 0 ? -1 : 1))
  tr.scrollIntoView()
  return true
}
