import { formatChangeTime } from './formatChangeTime'
import type { LiveUpdateState } from './live/LiveUpdateState'

/** Whether a comparison with the draft is following the live document, and when it was last brought up to date. */
export function LiveStatus({ live, loadedAt, refreshing }: { live: LiveUpdateState; loadedAt: number | null; refreshing: boolean }) {
  if (live.status === 'off') return null
  const since = loadedAt ? ` Stand: ${formatChangeTime(new Date(loadedAt).toISOString())}.` : ''
  const text =
    live.status === 'live'
      ? `Live: Der Vergleich folgt dem Entwurf, während geschrieben wird.${refreshing ? ' Wird aktualisiert …' : since}`
      : live.status === 'connecting'
        ? `Verbindung zum Entwurf wird hergestellt.${since}`
        : `Keine Live-Verbindung${live.reason ? ` (${live.reason})` : ''}: Der Vergleich zeigt den Stand beim Öffnen.${since}`
  return (
    <p className={`live-status live-status--${live.status}`} data-testid="live-status" data-status={live.status}>
      {text}
    </p>
  )
}
