import type pg from 'pg'
import type { AppNotification } from '../../../shared/notifications/AppNotification'
import type { NotificationStorage, StoredNotification } from '../NotificationStorage'
import { runInTransaction } from './runInTransaction'

const listColumns = `notifications.id, kind, document_id AS "documentId", COALESCE(documents.title, '') AS "documentTitle", thread_id AS "threadId",
  decision, COALESCE(users.name, 'Unbekannt') AS "actorName", COALESCE(users.department, '') AS "actorDepartment", excerpt,
  notifications.created_at AS "createdAt", read_at AS "readAt"`

export class PostgresNotificationStorage implements NotificationStorage {
  constructor(private readonly pool: pg.Pool) {}

  async addNotifications(notifications: readonly StoredNotification[]): Promise<void> {
    await runInTransaction(this.pool, async (client) => {
      for (const item of notifications) {
        await client.query(
          'INSERT INTO notifications (id, user_id, kind, document_id, thread_id, decision, actor_id, excerpt, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [item.id, item.userId, item.kind, item.documentId, item.threadId, item.decision, item.actorId, item.excerpt, item.createdAt],
        )
      }
    })
  }

  async listNotifications(userId: string, limit: number): Promise<AppNotification[]> {
    const { rows } = await this.pool.query<AppNotification>(
      `SELECT ${listColumns} FROM notifications
         LEFT JOIN users ON users.id = notifications.actor_id
         LEFT JOIN documents ON documents.id = notifications.document_id
        WHERE user_id = $1 ORDER BY notifications.created_at COLLATE "C" DESC, notifications.position DESC LIMIT $2`,
      [userId, limit],
    )
    return rows
  }

  async countUnread(userId: string): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>('SELECT COUNT(*) AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL', [userId])
    return Number(rows[0]?.count ?? 0)
  }

  async markRead(userId: string, notificationId: string, at: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE notifications SET read_at = COALESCE(read_at, $1) WHERE id = $2 AND user_id = $3', [at, notificationId, userId])
    return (result.rowCount ?? 0) > 0
  }
}
