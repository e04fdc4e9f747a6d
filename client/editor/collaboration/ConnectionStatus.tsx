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

/** The connection state in the header, announced politely to screen readers when it changes. */
export function ConnectionStatus({ connection, closedReason }: { connection: ConnectionState; closedReason: string | null }) {
  return (
    <p className={`connection-status connection-status--${connection}`} role="status" data-testid="connection-status" data-status={connection} title={closedReason ?? descriptions[connection]}>
      <span className="connection-status-dot" aria-hidden="true" />
      {closedReason ? `${labels[connection]}: ${closedReason}` : labels[connection]}
    </p>
  )
}
