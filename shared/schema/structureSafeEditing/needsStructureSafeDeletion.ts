import type { Selection } from '@tiptap/pm/state'
import { findStructureSafeDeletion } from './findStructureSafeDeletion'

/**
 * Whether deleting the selection as ProseMirror does would break structure (see findStructureSafeDeletion).
 * A selection of table cells has the first cell as its range, so the table editing keeps clearing exactly
 * the selected cells itself.
 */
export function needsStructureSafeDeletion(selection: Selection): boolean {
  return findStructureSafeDeletion(selection.$from.doc, selection.from, selection.to) !== null
}
