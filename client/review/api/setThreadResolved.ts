import type { CommentThread } from '../../../shared/review/CommentThread'
import { requestJson } from '../../api/requestJson'

/** Marks a comment thread as resolved, or reopens it. */
export async function setThreadResolved(documentId: string, threadId: string, resolved: boolean): Promise<CommentThread> {
  const path = `/api/documents/${encodeURIComponent(documentId)}/comments/${encodeURIComponent(threadId)}/resolved`
  const { thread } = await requestJson<{ thread: CommentThread }>(path, { method: 'PUT', body: { resolved } })
  return thread
}
