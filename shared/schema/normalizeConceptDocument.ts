import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Transform } from '@tiptap/pm/transform'
import { blockIdTypes } from './conceptExtensions'
import { createBlockId } from './blockId/createBlockId'
import { findBlocksWithoutUniqueId } from './blockId/findBlocksWithoutUniqueId'
import { applyConceptRepairs } from './repair/applyConceptRepairs'
import { findConceptRepairs } from './repair/findConceptRepairs'

const blockTypes = new Set(blockIdTypes)

/**
 * What the editor's plugins would do to a document on its first change, done headlessly: structures
 * completed and every block given a unique id. For documents made on the server (import, new concept).
 */
export function normalizeConceptDocument(doc: ProseMirrorNode): ProseMirrorNode {
  const transform = new Transform(doc)
  applyConceptRepairs(transform, findConceptRepairs(transform.doc, doc.type.schema))
  for (const position of findBlocksWithoutUniqueId(transform.doc, blockTypes)) {
    transform.setNodeAttribute(position, 'id', createBlockId())
  }
  return transform.doc
}
