import { useId, useState, type CSSProperties } from 'react'
import type { ChangeEntry } from '../../../shared/changes/ChangeModel'
import { describeChangeLocation } from '../../../shared/changes/describeChangeLocation'
import { describeChangeKind } from '../../../shared/changes/describeChangeKind'
import { decideChanges } from '../../review/api/decideChanges'
import { describeAuthor } from '../../review/describeAuthor'
import { truncateWords } from '../../text/truncateWords'
import { changeColor } from './changeColor'
import type { TrackedChangesState } from './useTrackedChanges'

/**
 * The changes since the chosen Fassung as a list beside the editor: each with kind, place, author and time,
 * and for editors Annehmen/Ablehnen (the review decision routes); decided ones say by whom.
 */
export function TrackChangesPanel({
  documentId,
  from,
  state,
  canDecide,
  selectedChangeId,
  onSelect,
  onDecided,
  onAnnounce,
}: {
  documentId: string
  from: string
  state: TrackedChangesState
  canDecide: boolean
  selectedChangeId: string | null
  onSelect: (changeId: string) => void
  onDecided: () => void
  onAnnounce: (message: string) => void
}) {
  const headingId = useId()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  if (state.status === 'loading') return <p role="status">Änderungen werden geladen …</p>
  if (state.status === 'error') {
    return (
      <p className="form-error" role="alert">
        {`Änderungen konnten nicht geladen werden: ${state.message}`}
      </p>
    )
  }
  if (state.status !== 'shown') return null
  const { model, decisions } = state
  const open = model.changes.filter((change) => !decisions.decisionOf(change))
  const decided = model.changes.filter((change) => decisions.decisionOf(change))

  const decide = (change: ChangeEntry, decision: 'accept' | 'reject') => {
    setBusy(change.id)
    setError(null)
    decideChanges(documentId, from, decision, { changeIds: [change.id] }).then(
      () => {
        setBusy(null)
        onAnnounce(`${decision === 'accept' ? 'Angenommen' : 'Abgelehnt'}: ${truncateWords(change.summary, 8)}`)
        onDecided()
      },
      (caught: unknown) => {
        setBusy(null)
        setError(caught instanceof Error ? caught.message : String(caught))
      },
    )
  }

  return (
    <section className="editor-changes" aria-labelledby={headingId} data-testid="editor-changes">
      <h2 id={headingId}>{`Änderungen seit ${model.from.label}`}</h2>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {open.length === 0 ? <p>Keine offenen Änderungen.</p> : null}
      <ol className="editor-change-list" aria-label="Offene Änderungen">
        {open.map((change) => (
          <li
            key={change.id}
            className={['editor-change', change.id === selectedChangeId ? 'is-current' : ''].filter(Boolean).join(' ')}
            style={{ '--change-color': changeColor(change.author) } as CSSProperties}
            data-testid="editor-change"
            data-change-id={change.id}
          >
            <button type="button" className="link-button editor-change-summary" onClick={() => onSelect(change.id)} aria-pressed={change.id === selectedChangeId}>
              {`${describeChangeKind(change)}: ${truncateWords(change.summary, 12)}`}
            </button>
            <p className="editor-change-meta" data-testid="editor-change-author">
              {describeAuthor(change.author)}
            </p>
            <p className="editor-change-meta">{describeChangeLocation(change.location)}</p>
            {canDecide ? (
              <p className="button-row">
                <button type="button" className="button button--small" disabled={busy !== null} onClick={() => decide(change, 'accept')} aria-label={`Annehmen: ${truncateWords(change.summary, 8)}`} data-testid="editor-change-accept">
                  Annehmen
                </button>
                <button type="button" className="button button--small" disabled={busy !== null} onClick={() => decide(change, 'reject')} aria-label={`Ablehnen: ${truncateWords(change.summary, 8)}`} data-testid="editor-change-reject">
                  Ablehnen
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {decided.length > 0 ? (
        <details className="editor-changes-decided" open>
          <summary>{`Entschieden (${decided.length})`}</summary>
          <ol className="editor-change-list">
            {decided.map((change) => {
              const decision = decisions.decisionOf(change)!
              return (
                <li key={change.id} className="editor-change is-decided" data-testid="editor-change-decided" data-change-id={change.id}>
                  <p>{`${describeChangeKind(change)}: ${truncateWords(change.summary, 12)}`}</p>
                  <p className="editor-change-meta" data-testid="editor-change-decision">
                    {`${decision.decision === 'accepted' ? 'Angenommen' : 'Abgelehnt'}${decision.userName ? ` von ${decision.userName}` : ''}`}
                  </p>
                </li>
              )
            })}
          </ol>
        </details>
      ) : null}
    </section>
  )
}
