import type { DocumentMetadata } from './apiTypes'
import { requestJson } from './requestJson'

/** The metadata (title, dates) of one concept document. */
export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentMetadata> {
  return requestJson<DocumentMetadata>(`/api/documents/${encodeURIComponent(id)}`, { signal })
}
