import type { SessionSnapshot } from './ConnectionState'

/** What the page says while the editor cannot open yet (see `SessionSnapshot.ready`). */
export function describeSessionWait(snapshot: SessionSnapshot): string {
  if (snapshot.closedReason) return snapshot.closedReason
  if (snapshot.connection === 'offline') {
    return 'Der Server ist nicht erreichbar, und in diesem Browser liegt keine Kopie dieses Konzepts vor. Es öffnet sich, sobald die Verbindung wieder besteht.'
  }
  return 'Konzept wird geladen …'
}
