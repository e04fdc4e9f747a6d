import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'
import type { ContentProblem } from '../../shared/schema/validation/ContentProblem'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { readConceptContent } from '../../shared/yjs/readConceptContent'

/**
 * The document as it reads in a version (its gc-free state seen through its snapshot), and what had to be
 * left out: a Fassung frozen by an older version may hold content the schema does not allow.
 */
export function readVersionNode(state: Uint8Array, snapshot: Y.Snapshot): { node: ProseMirrorNode; problems: ContentProblem[] } {
  const ydoc = new Y.Doc({ gc: false })
  Y.applyUpdate(ydoc, state)
  const { json, problems } = readConceptContent(Y.createDocFromSnapshot(ydoc, snapshot))
  return { node: getConceptSchema().nodeFromJSON(json), problems }
}
