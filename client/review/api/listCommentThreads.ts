import type { CommentThread } from '../../../shared/review/CommentThread'
import { requestJson } from '../../api/requestJson'

/** All comment threads of a document. */
export async function listCommentThreads(documentId: string, signal?: AbortSignal): Promise<CommentThread[]> {
  const { threads } = await requestJson<{ threads: CommentThread[] }>(`/api/documents/${encodeURIComponent(documentId)}/comments`, { signal })
  return threads
}
