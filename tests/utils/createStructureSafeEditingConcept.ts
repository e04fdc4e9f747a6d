import type { JSONContent } from '@tiptap/core'
import type * as Y from 'yjs'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../shared/schema/normalizeConceptDocument'
import { conceptJsonToYDoc } from '../../shared/yjs/conceptConversions'
import { structureSafeEditingConcept } from './structureSafeEditingConcept'

/** A Y.Doc holding `structureSafeEditingConcept` with block ids, as an import would store it. */
export function createStructureSafeEditingConcept(): Y.Doc {
  return conceptJsonToYDoc(normalizeConceptDocument(getConceptSchema().nodeFromJSON(structureSafeEditingConcept)).toJSON() as JSONContent)
}
