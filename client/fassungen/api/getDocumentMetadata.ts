import type { DocumentMetadata } from '../../../shared/documentMeta/DocumentMetadata'
import { requestJson } from '../../api/requestJson'

/** The Beratungsfolge and cover fields of a document. */
export function getDocumentMetadata(documentId: string, signal?: AbortSignal): Promise<DocumentMetadata> {
  return requestJson<DocumentMetadata>(`/api/documents/${encodeURIComponent(documentId)}/metadata`, { signal })
}
