import { useState } from 'react'
import type { DecisionScope } from '../api/DecisionScope'
import type { ChangeAuthors } from './collectAuthors'
import type { ChangeFilter } from './ChangeFilter'

/**
 * Accepting or rejecting all open changes the filter shows (of one person, one department, or all) at
 * once, after a confirmation step.
 */
export function BulkDecisions({
  filter,
  authors,
  openCount,
  busy,
  onDecide,
}: {
  filter: ChangeFilter
  authors: ChangeAuthors
  openCount: number
  busy: boolean
  onDecide: (decision: 'accept' | 'reject', scope: DecisionScope) => void
}) {
  const [pending, setPending] = useState<'accept' | 'reject' | null>(null)
  const person = authors.people.find((candidate) => candidate.userId === filter.userId)
  const scope: DecisionScope = person ? { userId: person.userId } : filter.department !== null ? { department: filter.department } : { all: true }
  const whose = person ? `von ${person.name}` : filter.department !== null ? `von ${filter.department}` : 'aller Beteiligten'

  const handleConfirm = () => {
    if (!pending) return
    onDecide(pending, scope)
    setPending(null)
  }
  const handleCancel = () => setPending(null)

  if (openCount === 0) return null
  return (
    <div className="bulk-decisions" data-testid="bulk-decisions">
      {pending ? (
        <div className="bulk-confirm" role="group" aria-label="Bestätigung">
          <p>{`${openCount === 1 ? 'Die offene Änderung' : `Alle ${openCount} offenen Änderungen`} ${whose} ${pending === 'accept' ? 'annehmen' : 'ablehnen'}?${pending === 'reject' ? ' Der Text wird dabei für alle sofort zurückgesetzt.' : ''}`}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={handleConfirm} disabled={busy} autoFocus data-testid="bulk-confirm">
              {pending === 'accept' ? 'Ja, annehmen' : 'Ja, ablehnen'}
            </button>
            <button type="button" className="button" onClick={handleCancel}>
              Abbrechen
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="bulk-scope">{`${openCount === 1 ? 'Eine offene Änderung' : `${openCount} offene Änderungen`} ${whose}`}</p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={() => setPending('accept')} disabled={busy} data-testid="bulk-accept">
              Alle annehmen
            </button>
            <button type="button" className="button button--small" onClick={() => setPending('reject')} disabled={busy} data-testid="bulk-reject">
              Alle ablehnen
            </button>
          </div>
        </>
      )}
    </div>
  )
}
