import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { OutlineEntry } from '../../../shared/model/collectOutline'

/**
 * Where an outline entry's block stands now: found by its block id, since the outline may be a moment
 * older than the document; by its recorded position if the id is gone. Null if neither fits.
 */
export function findOutlineEntryPosition(doc: ProseMirrorNode, entry: OutlineEntry): number | null {
  let found: number | null = null
  if (entry.id) {
    doc.descendants((node, position) => {
      if (found !== null) return false
      if (node.attrs['id'] === entry.id) {
        found = position
        return false
      }
      return !node.isTextblock
    })
  }
  if (found !== null) return found
  return entry.position < doc.content.size && doc.nodeAt(entry.position) ? entry.position : null
}
