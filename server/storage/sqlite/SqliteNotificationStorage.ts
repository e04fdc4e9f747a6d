import type Database from 'better-sqlite3'
import type { AppNotification } from '../../../shared/notifications/AppNotification'
import type { NotificationStorage, StoredNotification } from '../NotificationStorage'

const listColumns = `notifications.id, kind, document_id AS documentId, COALESCE(documents.title, '') AS documentTitle, thread_id AS threadId,
  decision, COALESCE(users.name, 'Unbekannt') AS actorName, COALESCE(users.department, '') AS actorDepartment, excerpt,
  notifications.created_at AS createdAt, read_at AS readAt`

export class SqliteNotificationStorage implements NotificationStorage {
  private readonly statements
  private readonly insertAll: (notifications: readonly StoredNotification[]) => void

  constructor(database: Database.Database) {
    this.statements = {
      insert: database.prepare(
        'INSERT INTO notifications (id, user_id, kind, document_id, thread_id, decision, actor_id, excerpt, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      list: database.prepare(
        `SELECT ${listColumns} FROM notifications
           LEFT JOIN users ON users.id = notifications.actor_id
           LEFT JOIN documents ON documents.id = notifications.document_id
          WHERE user_id = ? ORDER BY notifications.created_at DESC, notifications.rowid DESC LIMIT ?`,
      ),
      countUnread: database.prepare('SELECT COUNT(*) AS count FROM notifications WHERE user_id = ? AND read_at IS NULL'),
      markRead: database.prepare('UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND user_id = ?'),
    }
    this.insertAll = database.transaction((notifications: readonly StoredNotification[]) => {
      for (const item of notifications) {
        this.statements.insert.run(item.id, item.userId, item.kind, item.documentId, item.threadId, item.decision, item.actorId, item.excerpt, item.createdAt)
      }
    })
  }

  async addNotifications(notifications: readonly StoredNotification[]): Promise<void> {
    this.insertAll(notifications)
  }

  async listNotifications(userId: string, limit: number): Promise<AppNotification[]> {
    return this.statements.list.all(userId, limit) as AppNotification[]
  }

  async countUnread(userId: string): Promise<number> {
    return (this.statements.countUnread.get(userId) as { count: number }).count
  }

  async markRead(userId: string, notificationId: string, at: string): Promise<boolean> {
    return this.statements.markRead.run(at, notificationId, userId).changes > 0
  }
}
