import type Database from 'better-sqlite3'
import type { Comment, CommentAnchor, CommentThread } from '../../../shared/review/CommentThread'
import type { DecidedItems } from '../../../shared/review/ReviewDecision'
import type { ReviewDecision, ReviewStorage } from '../ReviewStorage'

interface DecisionRow extends Omit<ReviewDecision, 'covers'> {
  covers: string | null
}

interface ThreadRow {
  id: string
  documentId: string
  anchor: string
  resolvedBy: string | null
  createdAt: string
}

export class SqliteReviewStorage implements ReviewStorage {
  private readonly statements
  private readonly insertDecisions: (decisions: readonly ReviewDecision[]) => void

  constructor(database: Database.Database) {
    const threadColumns = 'id, document_id AS documentId, anchor, resolved_by AS resolvedBy, created_at AS createdAt'
    this.statements = {
      insertThread: database.prepare('INSERT INTO comment_threads (id, document_id, anchor, created_at) VALUES (?, ?, ?, ?)'),
      insertComment: database.prepare('INSERT INTO comments (id, thread_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)'),
      resolve: database.prepare('UPDATE comment_threads SET resolved_by = ? WHERE id = ?'),
      getThread: database.prepare(`SELECT ${threadColumns} FROM comment_threads WHERE id = ?`),
      listThreads: database.prepare(`SELECT ${threadColumns} FROM comment_threads WHERE document_id = ? ORDER BY created_at, rowid`),
      listComments: database.prepare(
        `SELECT comments.id, thread_id AS threadId, author_id AS authorId, COALESCE(users.name, 'Unbekannt') AS authorName,
                COALESCE(users.department, '') AS authorDepartment, body, comments.created_at AS createdAt
           FROM comments LEFT JOIN users ON users.id = comments.author_id
          WHERE thread_id IN (SELECT id FROM comment_threads WHERE document_id = ?)
          ORDER BY comments.created_at, comments.rowid`,
      ),
      listThreadComments: database.prepare(
        `SELECT comments.id, thread_id AS threadId, author_id AS authorId, COALESCE(users.name, 'Unbekannt') AS authorName,
                COALESCE(users.department, '') AS authorDepartment, body, comments.created_at AS createdAt
           FROM comments LEFT JOIN users ON users.id = comments.author_id
          WHERE thread_id = ? ORDER BY comments.created_at, comments.rowid`,
      ),
      insertDecision: database.prepare('INSERT INTO review_decisions (id, document_id, change_id, covers, decision, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      listDecisions: database.prepare(
        'SELECT id, document_id AS documentId, change_id AS changeId, covers, decision, user_id AS userId, at FROM review_decisions WHERE document_id = ? ORDER BY at, rowid',
      ),
    }
    this.insertDecisions = database.transaction((decisions: readonly ReviewDecision[]) => {
      for (const decision of decisions) {
        this.statements.insertDecision.run(decision.id, decision.documentId, decision.changeId, decision.covers ? JSON.stringify(decision.covers) : null, decision.decision, decision.userId, decision.at)
      }
    })
  }

  async createThread(thread: { id: string; documentId: string; anchor: CommentAnchor; createdAt: string }): Promise<void> {
    this.statements.insertThread.run(thread.id, thread.documentId, JSON.stringify(thread.anchor), thread.createdAt)
  }

  async addComment(comment: { id: string; threadId: string; authorId: string; body: string; createdAt: string }): Promise<void> {
    this.statements.insertComment.run(comment.id, comment.threadId, comment.authorId, comment.body, comment.createdAt)
  }

  async setThreadResolved(threadId: string, resolvedBy: string | null): Promise<void> {
    this.statements.resolve.run(resolvedBy, threadId)
  }

  async getThread(threadId: string): Promise<CommentThread | null> {
    const row = this.statements.getThread.get(threadId) as ThreadRow | undefined
    if (!row) return null
    return toThread(row, this.statements.listThreadComments.all(threadId) as Comment[])
  }

  async listThreads(documentId: string): Promise<CommentThread[]> {
    const comments = this.statements.listComments.all(documentId) as Comment[]
    return (this.statements.listThreads.all(documentId) as ThreadRow[]).map((row) =>
      toThread(
        row,
        comments.filter((comment) => comment.threadId === row.id),
      ),
    )
  }

  async recordDecisions(decisions: readonly ReviewDecision[]): Promise<void> {
    this.insertDecisions(decisions)
  }

  async listDecisions(documentId: string): Promise<ReviewDecision[]> {
    return (this.statements.listDecisions.all(documentId) as DecisionRow[]).map((row) => ({ ...row, covers: row.covers === null ? null : (JSON.parse(row.covers) as DecidedItems) }))
  }
}

function toThread(row: ThreadRow, comments: Comment[]): CommentThread {
  return {
    id: row.id,
    documentId: row.documentId,
    anchor: JSON.parse(row.anchor) as CommentAnchor,
    resolved: row.resolvedBy !== null,
    resolvedBy: row.resolvedBy,
    createdAt: row.createdAt,
    comments,
  }
}
