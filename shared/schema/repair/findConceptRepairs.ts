import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { findNodeRepairs } from './findNodeRepairs'

export type ConceptRepair =
  | { kind: 'insert'; position: number; node: ProseMirrorNode }
  | { kind: 'delete'; from: number; to: number }

/**
 * What it takes to bring a document back into shape after concurrent edits: missing fields are inserted
 * empty, empty duplicates removed, empty fields given a paragraph to type into. Text is never removed:
 * non-empty duplicates stay (readers concatenate them) because merging them by moving text would
 * duplicate that text when two clients repair at the same time.
 */
export function findConceptRepairs(doc: ProseMirrorNode, schema: Schema): ConceptRepair[] {
  const repairs: ConceptRepair[] = []
  doc.descendants((node, position) => {
    if (!node.isBlock || node.isTextblock) return false
    repairs.push(...findNodeRepairs(node, position, schema))
    return true
  })
  return repairs
}
