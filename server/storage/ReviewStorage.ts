import type { CommentAnchor, CommentThread } from '../../shared/review/CommentThread'
import type { ReviewDecision } from '../../shared/review/ReviewDecision'

export type { ReviewDecision }

/** Comment threads and the record of accepted and rejected changes. */
export interface ReviewStorage {
  createThread(thread: { id: string; documentId: string; anchor: CommentAnchor; createdAt: string }): Promise<void>
  addComment(comment: { id: string; threadId: string; authorId: string; body: string; createdAt: string }): Promise<void>
  setThreadResolved(threadId: string, resolvedBy: string | null): Promise<void>
  getThread(threadId: string): Promise<CommentThread | null>
  listThreads(documentId: string): Promise<CommentThread[]>
  /** Appends decisions to the document's log, all of them or (on failure) none. */
  recordDecisions(decisions: readonly ReviewDecision[]): Promise<void>
  /** The document's decisions by time, in the order they were recorded. */
  listDecisions(documentId: string): Promise<ReviewDecision[]>
}
