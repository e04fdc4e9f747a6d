import { requestJson } from '../../api/requestJson'

/** Replaces a document's access list; whoever is no longer on it loses the open document at once. */
export async function setDocumentAccess(documentId: string, userIds: string[]): Promise<void> {
  await requestJson(`/api/documents/${encodeURIComponent(documentId)}/access`, { method: 'PUT', body: { userIds } })
}
