import type { CommentThread } from '../../../shared/review/CommentThread'
import { requestJson } from '../../api/requestJson'

/** Adds a reply to a comment thread. */
export async function replyToThread(documentId: string, threadId: string, body: string): Promise<CommentThread> {
  const path = `/api/documents/${encodeURIComponent(documentId)}/comments/${encodeURIComponent(threadId)}/replies`
  const { thread } = await requestJson<{ thread: CommentThread }>(path, { method: 'POST', body: { body } })
  return thread
}
