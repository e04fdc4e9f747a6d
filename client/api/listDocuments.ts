import type { DocumentMetadata } from './apiTypes'
import { requestJson } from './requestJson'

/** All concept documents, as the server orders them. */
export async function listDocuments(signal?: AbortSignal): Promise<DocumentMetadata[]> {
  const { documents } = await requestJson<{ documents: DocumentMetadata[] }>('/api/documents', { signal })
  return documents
}
