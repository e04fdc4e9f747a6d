import { useId, useRef, useState, type KeyboardEvent } from 'react'
import type { AppNotification } from '../../shared/notifications/AppNotification'
import { formatChangeTime } from '../review/formatChangeTime'
import { usePolledRequest } from '../review/usePolledRequest'
import { threadHash } from '../editor/comments/threadHash'
import { documentPath } from '../routing/documentPath'
import { navigate } from '../routing/navigate'
import { describeNotification } from './describeNotification'
import { listNotifications, markNotificationRead } from './notificationsApi'

const pollMs = 5000

/**
 * The header bell: how many notifications are unread, the list on demand (Esc closes it, focus returns to
 * the bell), and a status message when a new one arrives. Opening one marks it read and goes to its document.
 */
export function NotificationBell() {
  const listId = useId()
  const buttonRef = useRef<HTMLButtonElement | null>(null)
  const [open, setOpen] = useState(false)
  // The newest notification when the page opened: only what arrives later is announced.
  const [newestAtStart, setNewestAtStart] = useState<string | null | undefined>(undefined)
  const { state, refresh } = usePolledRequest(listNotifications, pollMs, 'notifications')
  const polled = state.status === 'loaded' ? state.value : state.status === 'error' ? state.value : null
  const list = polled
  const unread = list?.unread ?? 0
  const newest = polled?.notifications[0]
  if (polled && newestAtStart === undefined) setNewestAtStart(newest?.id ?? null)
  const announcement = newest && newestAtStart !== undefined && newest.id !== newestAtStart && !newest.readAt ? `Neue Benachrichtigung: ${describeNotification(newest)}.` : ''

  const handleOpen = (notification: AppNotification) => {
    setOpen(false)
    const go = () => navigate(documentPath(notification.documentId) + (notification.threadId ? threadHash(notification.threadId) : ''))
    if (notification.readAt) {
      go()
      return
    }
    markNotificationRead(notification.id).then(
      () => {
        refresh()
        go()
      },
      () => go(),
    )
  }
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    event.stopPropagation()
    setOpen(false)
    buttonRef.current?.focus()
  }

  const label = unread === 0 ? 'Benachrichtigungen, keine ungelesen' : `Benachrichtigungen, ${unread} ungelesen`
  return (
    <div className="notification-bell" onKeyDown={handleKeyDown} data-testid="notification-bell">
      <button
        ref={buttonRef}
        type="button"
        className="app-header-button notification-bell-button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={label}
        onClick={() => setOpen((value) => !value)}
        data-testid="notification-bell-button"
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 ? (
          <span className="notification-count" aria-hidden="true" data-testid="notification-count">
            {unread}
          </span>
        ) : null}
      </button>
      <p className="visually-hidden" role="status" data-testid="notification-status">
        {announcement}
      </p>
      <div id={listId} className="notification-panel" hidden={!open} data-testid="notification-panel">
        <h2 className="notification-heading">Benachrichtigungen</h2>
        {!list || list.notifications.length === 0 ? <p>Keine Benachrichtigungen.</p> : null}
        <ul className="notification-list">
          {(list?.notifications ?? []).map((notification) => (
            <li key={notification.id} className={notification.readAt ? 'notification is-read' : 'notification'} data-testid="notification" data-kind={notification.kind}>
              <button type="button" className="notification-open" onClick={() => handleOpen(notification)}>
                <span className="notification-title">
                  {notification.readAt ? null : <span className="visually-hidden">Ungelesen: </span>}
                  {describeNotification(notification)}
                </span>
                <span className="notification-excerpt">{`„${notification.excerpt}“`}</span>
                <span className="notification-meta">{`${notification.documentTitle} · ${formatChangeTime(notification.createdAt)}`}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
