import { requestJson } from '../api/requestJson'
import type { DocumentListEntry } from './DocumentListEntry'

/** All concept documents the account may open, as the server orders them, each with who has it open. */
export async function listDocumentEntries(signal?: AbortSignal): Promise<DocumentListEntry[]> {
  const { documents } = await requestJson<{ documents: (Omit<DocumentListEntry, 'present'> & { present?: DocumentListEntry['present'] })[] }>('/api/documents', { signal })
  return documents.map((document) => ({ ...document, present: Array.isArray(document.present) ? document.present : [] }))
}
