import type { ExportState } from './ExportState'
import { formatByteCount } from './formatByteCount'

function describePhase(state: ExportState): string {
  switch (state.status) {
    case 'idle':
      return ''
    case 'creating':
      return `${state.label} wird erstellt …`
    case 'receiving':
      return `${state.label} wird heruntergeladen …`
    case 'done':
      return `„${state.fileName}“ wurde heruntergeladen.`
    case 'cancelled':
      return `Export ${state.label} abgebrochen.`
    case 'error':
      return ''
  }
}

function describeBytes(state: ExportState): string | null {
  if (state.status !== 'receiving') return null
  const { received, total } = state.progress
  return total === null ? `${formatByteCount(received)} empfangen` : `${formatByteCount(received)} von ${formatByteCount(total)}`
}

/**
 * The progress of an export: an announced phase ("wird erstellt …", "wurde heruntergeladen"), a progress bar
 * (indeterminate until the size is known) with the bytes beside it, and errors as alerts.
 */
export function ExportStatus({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  const running = state.status === 'creating' || state.status === 'receiving'
  const total = state.status === 'receiving' ? state.progress.total : null
  const bytes = describeBytes(state)
  return (
    <div className="export-status" data-testid="export-status" data-status={state.status}>
      {/* Only the phase is announced; the byte count changes with every chunk and would flood a screen reader. */}
      <p className={state.status === 'done' ? 'export-status-phase form-success' : 'export-status-phase'} role="status" data-testid="export-status-text">
        {describePhase(state)}
      </p>
      {running ? (
        <div className="export-progress">
          <progress
            className="export-progress-bar"
            aria-label={`Fortschritt: ${state.label}`}
            {...(total !== null && state.status === 'receiving' ? { max: total, value: state.progress.received } : {})}
            data-testid="export-progress"
          />
          {bytes ? <span className="export-progress-bytes">{bytes}</span> : null}
          <button type="button" className="button button--small" onClick={onCancel} data-testid="export-cancel">
            Abbrechen
          </button>
        </div>
      ) : null}
      {state.status === 'error' ? (
        <p className="form-error" role="alert" data-testid="export-error">
          {`${state.label} konnte nicht exportiert werden: ${state.message}`}
        </p>
      ) : null}
    </div>
  )
}
