import type { AppNotification } from '../../shared/notifications/AppNotification'
import { requestJson } from '../api/requestJson'

export interface NotificationList {
  notifications: AppNotification[]
  unread: number
}

/** The signed-in account's notifications, newest first, and how many are unread. */
export function listNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return requestJson<NotificationList>('/api/notifications', { signal, quietUnauthorized: true })
}

/** Marks one notification read; answers with the list as it is then. */
export function markNotificationRead(notificationId: string): Promise<NotificationList> {
  return requestJson<NotificationList>(`/api/notifications/${encodeURIComponent(notificationId)}/read`, { method: 'POST', body: {} })
}
