import { useEffect, useId, useState, type ChangeEvent } from 'react'
import { formatFassungLabel, type Fassung } from '../../../shared/fassungen/Fassung'
import { listFassungen } from '../../fassungen/api/listFassungen'

/** "Änderungen anzeigen seit [Fassung ▾]": on, the editor shows the changes since the chosen Fassung; off, the clean text. */
export function TrackChangesControls({ documentId, from, onChange }: { documentId: string; from: string | null; onChange: (from: string | null) => void }) {
  const id = useId()
  const [fassungen, setFassungen] = useState<Fassung[] | null>(null)
  const [chosen, setChosen] = useState<string>('')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    listFassungen(documentId, controller.signal).then(
      (loaded) => {
        setFassungen(loaded)
        setChosen((current) => current || (loaded.at(-1)?.id ?? ''))
      },
      (caught: unknown) => {
        if (!controller.signal.aborted) setError(caught instanceof Error ? caught.message : String(caught))
      },
    )
    return () => controller.abort()
  }, [documentId])

  const handleToggle = (event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked && chosen ? chosen : null)
  const handleChoose = (event: ChangeEvent<HTMLSelectElement>) => {
    setChosen(event.target.value)
    if (from) onChange(event.target.value)
  }
  const none = fassungen !== null && fassungen.length === 0

  return (
    <fieldset className="track-changes-controls" data-testid="track-changes-controls">
      <legend className="visually-hidden">Änderungen im Text</legend>
      <input id={`${id}-on`} type="checkbox" checked={from !== null} disabled={!chosen} onChange={handleToggle} data-testid="track-changes-toggle" aria-describedby={none ? `${id}-none` : undefined} />
      <label htmlFor={`${id}-on`}>Änderungen anzeigen seit</label>{' '}
      <select id={`${id}-from`} aria-label="Fassung, seit der Änderungen angezeigt werden" value={chosen} disabled={!fassungen || none} onChange={handleChoose} data-testid="track-changes-from">
        {(fassungen ?? []).map((fassung) => (
          <option key={fassung.id} value={fassung.id}>
            {formatFassungLabel(fassung)}
          </option>
        ))}
      </select>
      {none ? (
        <p id={`${id}-none`} className="field-hint">
          Noch keine Fassung eingefroren.
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {`Fassungen konnten nicht geladen werden: ${error}`}
        </p>
      ) : null}
    </fieldset>
  )
}
