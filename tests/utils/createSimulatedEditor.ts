import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { applyConceptRepairs } from '../../shared/schema/repair/applyConceptRepairs'
import { findConceptRepairs } from '../../shared/schema/repair/findConceptRepairs'

export interface SimulatedEditor {
  /** The document as the binding reads it from Yjs (invalid elements would be deleted here). */
  read(): ProseMirrorNode
  /** A local edit: read, change, repair as the ConceptRepair plugin would, write back as the binding does. */
  edit(change: (transaction: Transaction) => void): void
}

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
      ydoc.transact(() => updateYFragment(ydoc, fragment, transaction.doc, meta))
    },
  }
}
