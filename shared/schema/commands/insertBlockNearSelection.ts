import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'

/**
 * Inserts a block after the innermost ancestor of the selection whose parent accepts it, or in place of
 * an empty paragraph there, and moves the cursor into the first textblock of the inserted block.
 */
export function insertBlockNearSelection(
  state: EditorState,
  tr: Transaction,
  block: ProseMirrorNode,
  dispatch: ((tr: Transaction) => void) | undefined,
  options: { intoDepth?: number } = {},
): boolean {
  const { $from } = state.selection
  for (let depth = options.intoDepth ?? $from.depth - 1; depth >= 0; depth -= 1) {
    const parent = $from.node(depth)
    const index = $from.indexAfter(depth)
    if (!parent.canReplaceWith(index, index, block.type)) continue
    if (!dispatch) return true
    const child = depth < $from.depth ? $from.node(depth + 1) : null
    const replacesEmptyParagraph = child !== null && child.type.name === 'paragraph' && child.content.size === 0
    const from = replacesEmptyParagraph ? $from.before(depth + 1) : depth < $from.depth ? $from.after(depth + 1) : $from.pos
    const to = replacesEmptyParagraph ? $from.after(depth + 1) : from
    tr.replaceWith(from, to, block)
    tr.setSelection(TextSelection.near(tr.doc.resolve(from + 1)))
    tr.scrollIntoView()
    dispatch(tr)
    return true
  }
  return false
}
