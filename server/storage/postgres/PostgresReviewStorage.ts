import type pg from 'pg'
import type { Comment, CommentAnchor, CommentThread } from '../../../shared/review/CommentThread'
import type { ReviewDecision, ReviewStorage } from '../ReviewStorage'
import { runInTransaction } from './runInTransaction'

interface ThreadRow {
  id: string
  documentId: string
  anchor: CommentAnchor
  resolvedBy: string | null
  createdAt: string
}

const threadColumns = 'id, document_id AS "documentId", anchor, resolved_by AS "resolvedBy", created_at AS "createdAt"'
const commentColumns = `comments.id, thread_id AS "threadId", author_id AS "authorId", COALESCE(users.name, 'Unbekannt') AS "authorName",
  COALESCE(users.department, '') AS "authorDepartment", body, comments.created_at AS "createdAt"`

export class PostgresReviewStorage implements ReviewStorage {
  constructor(private readonly pool: pg.Pool) {}

  async createThread(thread: { id: string; documentId: string; anchor: CommentAnchor; createdAt: string }): Promise<void> {
    await this.pool.query('INSERT INTO comment_threads (id, document_id, anchor, created_at) VALUES ($1, $2, $3, $4)', [
      thread.id,
      thread.documentId,
      JSON.stringify(thread.anchor),
      thread.createdAt,
    ])
  }

  async addComment(comment: { id: string; threadId: string; authorId: string; body: string; createdAt: string }): Promise<void> {
    await this.pool.query('INSERT INTO comments (id, thread_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5)', [
      comment.id,
      comment.threadId,
      comment.authorId,
      comment.body,
      comment.createdAt,
    ])
  }

  async setThreadResolved(threadId: string, resolvedBy: string | null): Promise<void> {
    await this.pool.query('UPDATE comment_threads SET resolved_by = $1 WHERE id = $2', [resolvedBy, threadId])
  }

  async getThread(threadId: string): Promise<CommentThread | null> {
    const [threads, comments] = await Promise.all([
      this.pool.query<ThreadRow>(`SELECT ${threadColumns} FROM comment_threads WHERE id = $1`, [threadId]),
      this.pool.query<Comment>(
        `SELECT ${commentColumns} FROM comments LEFT JOIN users ON users.id = comments.author_id
          WHERE thread_id = $1 ORDER BY comments.created_at COLLATE "C", comments.position`,
        [threadId],
      ),
    ])
    const row = threads.rows[0]
    return row ? toThread(row, comments.rows) : null
  }

  async listThreads(documentId: string): Promise<CommentThread[]> {
    const [threads, comments] = await Promise.all([
      this.pool.query<ThreadRow>(`SELECT ${threadColumns} FROM comment_threads WHERE document_id = $1 ORDER BY created_at COLLATE "C", position`, [documentId]),
      this.pool.query<Comment>(
        `SELECT ${commentColumns} FROM comments LEFT JOIN users ON users.id = comments.author_id
          WHERE thread_id IN (SELECT id FROM comment_threads WHERE document_id = $1)
          ORDER BY comments.created_at COLLATE "C", comments.position`,
        [documentId],
      ),
    ])
    return threads.rows.map((row) =>
      toThread(
        row,
        comments.rows.filter((comment) => comment.threadId === row.id),
      ),
    )
  }

  async recordDecisions(decisions: readonly ReviewDecision[]): Promise<void> {
    await runInTransaction(this.pool, async (client) => {
      for (const decision of decisions) {
        await client.query('INSERT INTO review_decisions (id, document_id, change_id, covers, decision, user_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          decision.id,
          decision.documentId,
          decision.changeId,
          decision.covers ? JSON.stringify(decision.covers) : null,
          decision.decision,
          decision.userId,
          decision.at,
        ])
      }
    })
  }

  async listDecisions(documentId: string): Promise<ReviewDecision[]> {
    const { rows } = await this.pool.query<ReviewDecision>(
      'SELECT id, document_id AS "documentId", change_id AS "changeId", covers, decision, user_id AS "userId", at FROM review_decisions WHERE document_id = $1 ORDER BY at COLLATE "C", position',
      [documentId],
    )
    return rows
  }
}

function toThread(row: ThreadRow, comments: Comment[]): CommentThread {
  return {
    id: row.id,
    documentId: row.documentId,
    anchor: row.anchor,
    resolved: row.resolvedBy !== null,
    resolvedBy: row.resolvedBy,
    createdAt: row.createdAt,
    comments,
  }
}
