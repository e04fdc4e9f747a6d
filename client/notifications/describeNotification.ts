import type { AppNotification } from '../../shared/notifications/AppNotification'

/** "Said Najj hat Sie erwähnt", "… hat Ihre Änderung angenommen": what happened, in one line. */
export function describeNotification(notification: AppNotification): string {
  const actor = notification.actorName
  if (notification.kind === 'mention') return `${actor} hat Sie in einem Kommentar erwähnt`
  if (notification.kind === 'reply') return `${actor} hat auf Ihren Kommentar geantwortet`
  return `${actor} hat Ihre Änderung ${notification.decision === 'rejected' ? 'abgelehnt' : 'angenommen'}`
}
