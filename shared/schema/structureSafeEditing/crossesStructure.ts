import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { structureRoleOf } from './structureRoleOf'

/**
 * Whether deleting `from`–`to` as ProseMirror does would break the concept's structure: a field, block or
 * section is covered only in part (ProseMirror would join what is left of it with its neighbour, as in
 * "Aktivitäten text moves into the Teilziel field"), or a field a block cannot do without is covered
 * completely (ProseMirror would remove it). Ranges inside one field, and ranges that cover whole blocks
 * between ordinary paragraphs, are ordinary text editing.
 */
export function crossesStructure(doc: ProseMirrorNode, from: number, to: number): boolean {
  let crosses = false
  doc.nodesBetween(from, to, (node, start) => {
    if (crosses) return false
    const end = start + node.nodeSize
    const role = structureRoleOf(node.type.name)
    if (start >= from && end <= to) {
      if (role === 'skeleton') crosses = true
      return false
    }
    const containsRange = from > start && to < end
    if (role && !containsRange) crosses = true
    return !crosses
  })
  return crosses
}
