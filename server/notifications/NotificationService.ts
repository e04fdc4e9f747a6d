import { randomUUID } from 'node:crypto'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { AppNotification } from '../../shared/notifications/AppNotification'
import { NotFoundError } from '../errors/NotFoundError'
import type { NotificationStorage, StoredNotification } from '../storage/NotificationStorage'

const maxExcerptLength = 200
const listedNotifications = 50

/** What happened, for the people it concerns; the actor is never notified of their own doing. */
export interface NotificationEvent {
  actor: PublicUser
  documentId: string
  recipients: Iterable<string>
  kind: StoredNotification['kind']
  threadId?: string | null
  decision?: 'accepted' | 'rejected' | null
  excerpt: string
}

/** Each account's in-app notifications: mentions, replies in their threads, decisions on their changes. */
export class NotificationService {
  constructor(private readonly storage: NotificationStorage) {}

  async list(user: PublicUser): Promise<{ notifications: AppNotification[]; unread: number }> {
    const [notifications, unread] = await Promise.all([this.storage.listNotifications(user.id, listedNotifications), this.storage.countUnread(user.id)])
    return { notifications, unread }
  }

  async markRead(user: PublicUser, notificationId: string): Promise<void> {
    if (!(await this.storage.markRead(user.id, notificationId, new Date().toISOString()))) throw new NotFoundError('Diese Benachrichtigung gibt es nicht.')
  }

  async notify(events: readonly NotificationEvent[]): Promise<void> {
    const createdAt = new Date().toISOString()
    const notifications: StoredNotification[] = []
    for (const event of events) {
      for (const userId of new Set(event.recipients)) {
        if (userId === event.actor.id) continue
        notifications.push({
          id: randomUUID(),
          userId,
          kind: event.kind,
          documentId: event.documentId,
          threadId: event.threadId ?? null,
          decision: event.decision ?? null,
          actorId: event.actor.id,
          excerpt: shorten(event.excerpt),
          createdAt,
        })
      }
    }
    if (notifications.length > 0) await this.storage.addNotifications(notifications)
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > maxExcerptLength ? `${flat.slice(0, maxExcerptLength - 1)}…` : flat
}
