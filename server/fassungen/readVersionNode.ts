import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { yDocToConceptNode } from '../../shared/yjs/conceptConversions'

/** The document as it reads in a version: its gc-free state seen through its snapshot. */
export function readVersionNode(state: Uint8Array, snapshot: Y.Snapshot): ProseMirrorNode {
  const ydoc = new Y.Doc({ gc: false })
  Y.applyUpdate(ydoc, state)
  return yDocToConceptNode(Y.createDocFromSnapshot(ydoc, snapshot))
}
