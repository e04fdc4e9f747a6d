import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { importPlainTextConcept } from '../../shared/import/importPlainTextConcept'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../shared/schema/normalizeConceptDocument'
import { conceptJsonToYDoc } from '../../shared/yjs/conceptConversions'
import type { ConceptContent } from './ConceptContent'

/**
 * The Yjs state our server's text import produces, built the same way (import, normalize, to Y.Doc, as
 * DocumentService does), so the peers can be given exactly what POST /api/documents/import gives ours.
 */
export function buildConceptContent(text: string, title: string): ConceptContent {
  const { doc, summary } = importPlainTextConcept(text, { title })
  const normalized = normalizeConceptDocument(getConceptSchema().nodeFromJSON(doc))
  const ydoc = conceptJsonToYDoc(normalized.toJSON() as JSONContent)
  const update = Y.encodeStateAsUpdate(ydoc)
  ydoc.destroy()
  let clockTotal = 0
  for (const clock of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).values()) clockTotal += clock
  return { text, title, update, clockTotal, teilziele: summary.teilziele }
}
