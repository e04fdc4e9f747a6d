import { requestJson } from '../../api/requestJson'

/** The accounts on a document's access list; empty when every account may open it. */
export async function getDocumentAccess(documentId: string, signal?: AbortSignal): Promise<string[]> {
  const { userIds } = await requestJson<{ userIds: string[] }>(`/api/documents/${encodeURIComponent(documentId)}/access`, { signal })
  return userIds
}
