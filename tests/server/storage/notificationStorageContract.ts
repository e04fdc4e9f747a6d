import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StoredUser } from '../../../server/storage/AccountStorage'
import type { StoredNotification } from '../../../server/storage/NotificationStorage'
import type { Storage } from '../../../server/storage/Storage'
import type { StorageFixture } from './storageContract'

const at = (minute: number) => new Date(Date.UTC(2021, 2, 21, 9, minute)).toISOString()

function account(id: string, username: string, name: string, department: string): StoredUser {
  return { id, username, name, department, role: 'editor', passwordHash: `scrypt$hash-of-${id}`, createdAt: at(0), active: true }
}

function notification(id: string, userId: string, minute: number, overrides: Partial<StoredNotification> = {}): StoredNotification {
  return { id, userId, kind: 'mention', documentId: 'doc', threadId: 'thread-1', decision: null, actorId: 'najj', excerpt: `Bitte prüfen ${id}`, createdAt: at(minute), ...overrides }
}

/** What the notification list relies on, run against SQLite and PostgreSQL alike. */
export function notificationStorageContract(createFixture: () => Promise<StorageFixture>): void {
  let fixture: StorageFixture
  let storage: Storage

  beforeEach(async () => {
    fixture = await createFixture()
    storage = await fixture.open()
    await storage.documents.createDocument({ id: 'doc', title: 'Integrationskonzept Vechta', createdAt: at(0), updatedAt: at(0) })
    await storage.accounts.createUser(account('najj', 'najj', 'Said Najj', 'Fachdienst Zuwanderung'))
    await storage.accounts.createUser(account('krueger', 'krueger', 'Jana Krüger', 'Jugend und Familie'))
  })

  afterEach(async () => {
    await storage.close()
    await fixture.cleanup()
  })

  describe('notifications', () => {
    it('lists one account’s notifications newest first, with the actor’s name and the document’s title, and counts the unread', async () => {
      await storage.notifications.addNotifications([
        notification('n1', 'krueger', 1),
        notification('n2', 'krueger', 3, { kind: 'decision', threadId: null, decision: 'accepted', excerpt: 'Eltern' }),
        notification('n3', 'krueger', 3, { kind: 'reply' }),
        notification('other', 'najj', 2, { actorId: 'krueger' }),
        notification('gone', 'krueger', 0, { actorId: 'geloescht' }),
      ])
      const listed = await storage.notifications.listNotifications('krueger', 10)
      expect(listed.map((item) => item.id)).toEqual(['n3', 'n2', 'n1', 'gone'])
      expect(listed[1]).toEqual({
        id: 'n2',
        kind: 'decision',
        documentId: 'doc',
        documentTitle: 'Integrationskonzept Vechta',
        threadId: null,
        decision: 'accepted',
        actorName: 'Said Najj',
        actorDepartment: 'Fachdienst Zuwanderung',
        excerpt: 'Eltern',
        createdAt: at(3),
        readAt: null,
      })
      expect(listed[3]!.actorName).toBe('Unbekannt')
      expect(await storage.notifications.listNotifications('krueger', 2)).toHaveLength(2)
      expect(await storage.notifications.countUnread('krueger')).toBe(4)
      expect(await storage.notifications.countUnread('najj')).toBe(1)
    })

    it('marks a notification read once, only for its own account', async () => {
      await storage.notifications.addNotifications([notification('n1', 'krueger', 1), notification('n2', 'krueger', 2)])
      expect(await storage.notifications.markRead('najj', 'n1', at(5))).toBe(false)
      expect(await storage.notifications.markRead('krueger', 'gibt-es-nicht', at(5))).toBe(false)
      expect(await storage.notifications.countUnread('krueger')).toBe(2)

      expect(await storage.notifications.markRead('krueger', 'n1', at(5))).toBe(true)
      expect(await storage.notifications.markRead('krueger', 'n1', at(9))).toBe(true)
      const listed = await storage.notifications.listNotifications('krueger', 10)
      expect(listed.map((item) => [item.id, item.readAt])).toEqual([
        ['n2', null],
        ['n1', at(5)],
      ])
      expect(await storage.notifications.countUnread('krueger')).toBe(1)
    })

    it('stores a batch whole or not at all', async () => {
      await storage.notifications.addNotifications([notification('n1', 'krueger', 1)])
      await expect(storage.notifications.addNotifications([notification('n2', 'krueger', 2), notification('n1', 'krueger', 3)])).rejects.toThrow()
      expect((await storage.notifications.listNotifications('krueger', 10)).map((item) => item.id)).toEqual(['n1'])
    })

    it('keeps notifications across closing and reopening', async () => {
      await storage.notifications.addNotifications([notification('n1', 'krueger', 1)])
      await storage.close()
      storage = await fixture.open()
      expect((await storage.notifications.listNotifications('krueger', 10)).map((item) => item.id)).toEqual(['n1'])
    })
  })
}
