import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { computeNumbering } from '../schema/numbering/computeNumbering'

/** Derived section numbers keyed by block id instead of position, so that two versions can be compared. */
export function numberBlocksById(doc: ProseMirrorNode): Map<string, string> {
  const byId = new Map<string, string>()
  for (const [position, number] of computeNumbering(doc)) {
    const id = doc.nodeAt(position)?.attrs['id'] as string | null | undefined
    if (id) byId.set(id, number)
  }
  return byId
}
