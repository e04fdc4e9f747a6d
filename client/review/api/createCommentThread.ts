import type { CommentAnchor, CommentThread } from '../../../shared/review/CommentThread'
import { requestJson } from '../../api/requestJson'

/** Opens a comment thread on a change or passage with its first comment. */
export async function createCommentThread(documentId: string, anchor: CommentAnchor, body: string): Promise<CommentThread> {
  const { thread } = await requestJson<{ thread: CommentThread }>(`/api/documents/${encodeURIComponent(documentId)}/comments`, { method: 'POST', body: { anchor, body } })
  return thread
}
