import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { getConceptSchema } from '../schema/getConceptSchema'
import { CONTENT_FRAGMENT } from '../schema/nodeNames'
import { createConceptYDoc } from './createConceptYDoc'
import { readConceptContent } from './readConceptContent'

/** Replaces nothing: appends the given ProseMirror JSON document to the (empty) content fragment. */
export function writeConceptJson(ydoc: Y.Doc, json: JSONContent): void {
  const schema = getConceptSchema()
  // Validates against the schema before anything reaches the shared document.
  schema.nodeFromJSON(json).check()
  prosemirrorJSONToYXmlFragment(schema, json, ydoc.getXmlFragment(CONTENT_FRAGMENT))
}

/** A new gc-free Y.Doc holding the given ProseMirror JSON document. */
export function conceptJsonToYDoc(json: JSONContent): Y.Doc {
  const ydoc = createConceptYDoc()
  writeConceptJson(ydoc, json)
  return ydoc
}

/** The document as ProseMirror JSON, read without touching the Y.Doc; what the schema does not allow is left out. */
export function yDocToConceptJson(ydoc: Y.Doc): JSONContent {
  return readConceptContent(ydoc).json
}

/** The document as a ProseMirror node of the concept schema; what the schema does not allow is left out. */
export function yDocToConceptNode(ydoc: Y.Doc): ProseMirrorNode {
  return getConceptSchema().nodeFromJSON(yDocToConceptJson(ydoc))
}
