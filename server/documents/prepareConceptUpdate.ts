import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { describeUpdateItems } from '../../shared/history/describeUpdateItems'
import type { ItemRange } from '../../shared/history/UpdateAttribution'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../shared/schema/normalizeConceptDocument'
import { conceptJsonToYDoc } from '../../shared/yjs/conceptConversions'

/** A new document's content as the one Yjs update that creates it, with the item ranges to attribute. */
export interface PreparedDocument {
  update: Uint8Array
  inserted: ItemRange[]
  deleted: ItemRange[]
}

/** Normalizes and validates ProseMirror JSON and encodes it as the first update of a new document. */
export function prepareConceptUpdate(json: JSONContent): PreparedDocument {
  const normalized = normalizeConceptDocument(getConceptSchema().nodeFromJSON(json))
  const ydoc = conceptJsonToYDoc(normalized.toJSON() as JSONContent)
  const update = Y.encodeStateAsUpdate(ydoc)
  ydoc.destroy()
  return { update, ...describeUpdateItems(Y.decodeUpdate(update)) }
}
