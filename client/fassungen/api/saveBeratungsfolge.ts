import type { BeratungsfolgeItem, DocumentMetadata } from '../../../shared/documentMeta/DocumentMetadata'
import { requestJson } from '../../api/requestJson'

/** Replaces the document's Beratungsfolge; entries without id get one from the server. */
export function saveBeratungsfolge(documentId: string, beratungsfolge: readonly (Omit<BeratungsfolgeItem, 'id'> & { id?: string })[]): Promise<DocumentMetadata> {
  return requestJson<DocumentMetadata>(`/api/documents/${encodeURIComponent(documentId)}/metadata`, { method: 'PUT', body: { beratungsfolge } })
}
