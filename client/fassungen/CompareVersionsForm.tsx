import { useId, useState, type ChangeEvent } from 'react'
import { formatFassungLabel, type Fassung } from '../../shared/fassungen/Fassung'
import type { ComparisonView } from '../routing/AppRoute'
import { comparisonPath } from '../routing/comparisonPath'
import { navigate } from '../routing/navigate'

/** Chooses two versions to compare: an older Fassung, and a newer Fassung or the current draft. */
export function CompareVersionsForm({ documentId, fassungen }: { documentId: string; fassungen: readonly Fassung[] }) {
  const fromId = useId()
  const toId = useId()
  const errorId = useId()
  const [from, setFrom] = useState(() => fassungen.at(-1)?.id ?? '')
  const [to, setTo] = useState('draft')
  const [error, setError] = useState<string | null>(null)

  const handleFromChange = (event: ChangeEvent<HTMLSelectElement>) => {
    setFrom(event.target.value)
    setError(null)
  }
  const handleToChange = (event: ChangeEvent<HTMLSelectElement>) => {
    setTo(event.target.value)
    setError(null)
  }
  const handleCompare = (view: ComparisonView) => () => {
    if (!from) return
    if (from === to) {
      setError('Bitte wählen Sie zwei verschiedene Fassungen.')
      return
    }
    navigate(comparisonPath(documentId, from, to, view))
  }

  const optionLabel = (fassung: Fassung) => `${fassung.name} (${formatFassungLabel(fassung)})`
  return (
    <div className="compare-form" data-testid="compare-form">
      <div className="form-field">
        <label htmlFor={fromId}>Ältere Fassung</label>
        <select id={fromId} value={from} onChange={handleFromChange} aria-describedby={error ? errorId : undefined} data-testid="compare-from">
          {fassungen.map((fassung) => (
            <option key={fassung.id} value={fassung.id}>
              {optionLabel(fassung)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={toId}>Verglichen mit</label>
        <select id={toId} value={to} onChange={handleToChange} aria-describedby={error ? errorId : undefined} data-testid="compare-to">
          <option value="draft">Aktueller Entwurf</option>
          {fassungen.map((fassung) => (
            <option key={fassung.id} value={fassung.id}>
              {optionLabel(fassung)}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={handleCompare('inline')} data-testid="compare-inline">
          Änderungen anzeigen
        </button>
        <button type="button" className="button" onClick={handleCompare('synopse')} data-testid="compare-synopse">
          Synopse anzeigen
        </button>
      </div>
    </div>
  )
}
