import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model'
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { NodeName } from '../nodeNames'
import { structureRoleOf } from '../structureSafeEditing/structureRoleOf'

/**
 * Inserts a block after the innermost ancestor of the selection whose parent accepts it, or in place of
 * an empty paragraph there, and moves the cursor into the first textblock of the inserted block. Blocks go
 * beside fields and lists, never into them (a Teilziel inside a list item or a field would be accepted by
 * the loose schema, but means nothing). An empty paragraph (or list item) the cursor stood in inside a
 * field or list is removed, so that Enter and then a block command leave no empty line behind.
 */
export function insertBlockNearSelection(
  state: EditorState,
  tr: Transaction,
  block: ProseMirrorNode,
  dispatch: ((tr: Transaction) => void) | undefined,
  options: { intoDepth?: number } = {},
): boolean {
  const { $from } = state.selection
  const outside = shallowestFieldOrListDepth($from) - 1
  for (let depth = Math.min(options.intoDepth ?? $from.depth - 1, outside); depth >= 0; depth -= 1) {
    const parent = $from.node(depth)
    const index = $from.indexAfter(depth)
    if (!parent.canReplaceWith(index, index, block.type)) continue
    if (!dispatch) return true
    const child = depth < $from.depth ? $from.node(depth + 1) : null
    const replacesEmptyParagraph = child !== null && child.type.name === 'paragraph' && child.content.size === 0
    const from = replacesEmptyParagraph ? $from.before(depth + 1) : depth < $from.depth ? $from.after(depth + 1) : $from.pos
    const to = replacesEmptyParagraph ? $from.after(depth + 1) : from
    tr.replaceWith(from, to, block)
    const leftover = replacesEmptyParagraph ? null : findLeftoverEmptyBlock($from, depth)
    if (leftover) tr.delete(leftover.from, leftover.to)
    const blockStart = leftover ? from - (leftover.to - leftover.from) : from
    tr.setSelection(TextSelection.near(tr.doc.resolve(blockStart + 1)))
    tr.scrollIntoView()
    dispatch(tr)
    return true
  }
  return false
}

/** The depth of the outermost field or list item around the cursor, or one below the cursor's textblock. */
function shallowestFieldOrListDepth($from: ResolvedPos): number {
  for (let depth = 1; depth <= $from.depth; depth += 1) {
    const node = $from.node(depth)
    const role = structureRoleOf(node.type.name)
    if (node.type.name === NodeName.listItem || role === 'skeleton' || role === 'field') return depth
  }
  return $from.depth
}

/** The empty textblock at the cursor (or the list item holding only it), if its parent keeps other content without it. */
function findLeftoverEmptyBlock($from: ResolvedPos, insertionDepth: number): { from: number; to: number } | null {
  if ($from.parent.content.size > 0) return null
  let depth = $from.depth
  if (depth > 1 && $from.node(depth - 1).type.name === NodeName.listItem && $from.node(depth - 1).childCount === 1) depth -= 1
  if (depth <= insertionDepth + 1 || $from.node(depth - 1).childCount < 2) return null
  return { from: $from.before(depth), to: $from.after(depth) }
}
