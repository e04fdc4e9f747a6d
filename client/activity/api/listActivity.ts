import { requestJson } from '../../api/requestJson'
import type { ActivityEntry } from './ActivityEntry'

/** Who changed the document how much where, oldest first. */
export async function listActivity(documentId: string, signal?: AbortSignal): Promise<ActivityEntry[]> {
  const { history } = await requestJson<{ history: ActivityEntry[] }>(`/api/documents/${encodeURIComponent(documentId)}/history`, { signal })
  return history
}
