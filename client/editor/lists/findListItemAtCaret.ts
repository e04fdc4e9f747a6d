import type { EditorState } from '@tiptap/pm/state'
import { NodeName } from '../../../shared/schema/nodeNames'

export interface ListItemAtCaret {
  /** A collapsed caret stands at the very start of the item's first paragraph, where Tab indents as in Word. */
  atStart: boolean
  /** The item belongs to a list inside another list item, so outdenting keeps it in a list. */
  nested: boolean
}

/** The innermost list item around the caret (the start of the selection), or null outside lists. */
export function findListItemAtCaret(state: EditorState): ListItemAtCaret | null {
  const { selection } = state
  const { $from } = selection
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type.name !== NodeName.listItem) continue
    const atStart = selection.empty && depth === $from.depth - 1 && $from.index(depth) === 0 && $from.parentOffset === 0
    const nested = depth >= 3 && $from.node(depth - 2).type.name === NodeName.listItem
    return { atStart, nested }
  }
  return null
}
