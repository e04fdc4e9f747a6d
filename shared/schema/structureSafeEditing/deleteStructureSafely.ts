import { Selection, type Transaction } from '@tiptap/pm/state'
import { findStructureSafeDeletion } from './findStructureSafeDeletion'
import { needsStructureSafeDeletion } from './needsStructureSafeDeletion'

/**
 * Deletes `from`–`to` (by default the selection) of the transaction's document the way a Word table would
 * (see findStructureSafeDeletion) and puts the cursor where the range began. Returns false, changing
 * nothing, when an ordinary deletion breaks no structure.
 */
export function deleteStructureSafely(tr: Transaction, from?: number, to?: number): boolean {
  if (from === undefined || to === undefined) return needsStructureSafeDeletion(tr.selection) && deleteStructureSafely(tr, tr.selection.from, tr.selection.to)
  const ranges = findStructureSafeDeletion(tr.doc, from, to)
  if (!ranges) return false
  const firstStep = tr.steps.length
  for (const range of [...ranges].reverse()) tr.delete(range.from, range.to)
  const caret = tr.mapping.slice(firstStep).map(from, -1)
  tr.setSelection(Selection.near(tr.doc.resolve(caret)))
  return true
}
