import type { CoverFields, DocumentMetadata } from '../../../shared/documentMeta/DocumentMetadata'
import { requestJson } from '../../api/requestJson'

/** Saves the given cover fields of the Beschlussvorlage; fields not named stay as they are on the server. */
export function saveCoverFields(documentId: string, cover: Partial<CoverFields>): Promise<DocumentMetadata> {
  return requestJson<DocumentMetadata>(`/api/documents/${encodeURIComponent(documentId)}/metadata`, { method: 'PUT', body: { cover } })
}
