import type { ConnectionState } from './ConnectionState'

const labels: Record<ConnectionState, string> = {
  connecting: 'Verbindung wird hergestellt',
  connected: 'Verbunden',
  reconnecting: 'Verbindung wird wiederhergestellt',
  offline: 'Offline',
}

const descriptions: Record<ConnectionState, string> = {
  connecting: 'Das Dokument wird mit dem Server verbunden.',
  connected: 'Änderungen werden sofort mit allen Beteiligten geteilt.',
  reconnecting: 'Die Verbindung zum Server ist unterbrochen. Ihre Änderungen bleiben erhalten und werden übertragen, sobald sie wieder besteht.',
  offline: 'Der Server ist nicht erreichbar. Ihre Änderungen bleiben in diesem Fenster erhalten und werden übertragen, sobald die Verbindung wieder besteht. Schließen Sie das Fenster bis dahin nicht.',
}

const localCopyDescriptions: Partial<Record<ConnectionState, string>> = {
  reconnecting:
    'Die Verbindung zum Server ist unterbrochen. Ihre Änderungen werden in diesem Browser gespeichert, auch wenn Sie das Fenster schließen, und übertragen, sobald die Verbindung wieder besteht.',
  offline:
    'Der Server ist nicht erreichbar. Ihre Änderungen werden in diesem Browser gespeichert, auch wenn Sie das Fenster schließen, und beim nächsten Öffnen mit Verbindung übertragen.',
}

/**
 * The connection state in the header, announced politely to screen readers when it changes. With a local
 * copy (`keepsLocalCopy`) it says, while offline, that changes are kept in this browser.
 */
export function ConnectionStatus({ connection, closedReason, keepsLocalCopy = false }: { connection: ConnectionState; closedReason: string | null; keepsLocalCopy?: boolean }) {
  const storesLocally = keepsLocalCopy && !closedReason && connection === 'offline'
  const description = closedReason ?? (keepsLocalCopy ? localCopyDescriptions[connection] : undefined) ?? descriptions[connection]
  return (
    <p className={`connection-status connection-status--${connection}`} role="status" data-testid="connection-status" data-status={connection} title={description}>
      <span className="connection-status-dot" aria-hidden="true" />
      {closedReason ? `${labels[connection]}: ${closedReason}` : labels[connection]}
      {storesLocally ? <span className="connection-status-detail"> – Änderungen werden lokal gespeichert</span> : null}
    </p>
  )
}
