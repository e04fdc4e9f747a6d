import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { blockIdTypes } from '../../shared/schema/conceptExtensions'
import { createBlockId } from '../../shared/schema/blockId/createBlockId'
import { findBlocksWithoutUniqueId } from '../../shared/schema/blockId/findBlocksWithoutUniqueId'
import { applyConceptRepairs } from '../../shared/schema/repair/applyConceptRepairs'
import { findConceptRepairs } from '../../shared/schema/repair/findConceptRepairs'

export interface SimulatedEditor {
  /** The document as the binding reads it from Yjs (invalid elements would be deleted here). */
  read(): ProseMirrorNode
  /** A local edit: read, change, repair and assign ids as the editor's plugins would, write back as the binding does. */
  edit(change: (transaction: Transaction) => void): void
}

const blockTypes = new Set(blockIdTypes)

/** The two halves of the y-prosemirror binding, without a DOM: what an editor does with a Y.Doc. */
export function createSimulatedEditor(ydoc: Y.Doc): SimulatedEditor {
  const schema = getConceptSchema()
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
  return {
    read() {
      return initProseMirrorDoc(fragment, schema).doc
    },
    edit(change) {
      const { doc, meta } = initProseMirrorDoc(fragment, schema)
      const transaction = EditorState.create({ schema, doc }).tr
      change(transaction)
      applyConceptRepairs(transaction, findConceptRepairs(transaction.doc, schema))
      for (const position of findBlocksWithoutUniqueId(transaction.doc, blockTypes)) transaction.setNodeAttribute(position, 'id', createBlockId())
      ydoc.transact(() => updateYFragment(ydoc, fragment, transaction.doc, meta))
    },
  }
}
