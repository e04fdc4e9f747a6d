import type { AppNotification, NotificationKind } from '../../shared/notifications/AppNotification'

/** A notification as it is stored: for whom, and the ids the listing joins names and titles to. */
export interface StoredNotification {
  id: string
  userId: string
  kind: NotificationKind
  documentId: string
  threadId: string | null
  decision: 'accepted' | 'rejected' | null
  actorId: string
  excerpt: string
  createdAt: string
}

/** Each account's in-app notifications. */
export interface NotificationStorage {
  /** Stores all of them or, on failure, none. */
  addNotifications(notifications: readonly StoredNotification[]): Promise<void>
  /** The account's notifications, newest first, at most `limit`. */
  listNotifications(userId: string, limit: number): Promise<AppNotification[]>
  countUnread(userId: string): Promise<number>
  /** Marks one of the account's notifications read (once: a later call keeps the first time); false if it has no such notification. */
  markRead(userId: string, notificationId: string, at: string): Promise<boolean>
}
