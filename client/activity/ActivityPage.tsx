import { useEffect, useId, useMemo, useState } from 'react'
import { describeChangeLocation } from '../../shared/changes/describeChangeLocation'
import { useDocumentMetadata } from '../editor/useDocumentMetadata'
import { DocumentSubpageHeader } from '../fassungen/DocumentSubpageHeader'
import { usePolledRequest } from '../review/usePolledRequest'
import { AppLink } from '../routing/AppLink'
import { documentPlacePath } from '../routing/documentPlacePath'
import type { ActivityFilter } from './ActivityFilter'
import { listActivity } from './api/listActivity'
import { filterActivity } from './filterActivity'
import { formatActivityTime } from './formatActivityTime'

const pollIntervalMs = 30_000

/**
 * `/d/<id>/aktivitaet`: who changed how much where, from the server's attribution log — person, Fachdienst,
 * place (section number and block), characters added and removed, time — filterable by Fachdienst and days;
 * each place opens the editor there.
 */
export function ActivityPage({ documentId }: { documentId: string }) {
  const { state: documentState } = useDocumentMetadata(documentId)
  const title = documentState.status === 'loaded' ? documentState.document.title || 'Unbenanntes Konzept' : null
  const request = usePolledRequest((signal) => listActivity(documentId, signal), pollIntervalMs, documentId)
  const [filter, setFilter] = useState<ActivityFilter>({ department: '', fromDay: '', toDay: '' })
  const ids = { department: useId(), fromDay: useId(), toDay: useId(), caption: useId() }

  useEffect(() => {
    document.title = `Aktivität${title ? ` – ${title}` : ''} – Fassung`
  }, [title])

  const entries = useMemo(() => (request.state.status === 'loaded' ? request.state.value : request.state.status === 'error' ? (request.state.value ?? []) : []), [request.state])
  const departments = useMemo(() => [...new Set(entries.map((entry) => entry.department).filter(Boolean))].sort((left, right) => left.localeCompare(right, 'de')), [entries])
  const rows = useMemo(() => filterActivity(entries, filter), [entries, filter])
  const invalidRange = filter.fromDay !== '' && filter.toDay !== '' && filter.fromDay > filter.toDay

  const update = (change: Partial<ActivityFilter>) => setFilter((previous) => ({ ...previous, ...change }))

  return (
    <>
      <DocumentSubpageHeader documentId={documentId} title={title} current="activity" />
      <main className="page page--activity" data-testid="activity-page">
        <h1>Aktivität</h1>
        <p className="page-lead">Wer hat wo wie viel geändert – nach dem Protokoll des Servers. Jede Stelle öffnet den Konzepttext dort.</p>
        {request.state.status === 'error' ? (
          <p className="form-error" role="alert">
            {request.state.message}
          </p>
        ) : null}
        <form className="activity-filter" aria-label="Aktivität filtern" onSubmit={(event) => event.preventDefault()}>
          <div className="activity-filter-field">
            <label htmlFor={ids.department}>Fachdienst</label>
            <select id={ids.department} value={filter.department} onChange={(event) => update({ department: event.target.value })} data-testid="activity-department">
              <option value="">Alle Fachdienste</option>
              {departments.map((department) => (
                <option key={department} value={department}>
                  {department}
                </option>
              ))}
            </select>
          </div>
          <div className="activity-filter-field">
            <label htmlFor={ids.fromDay}>Von</label>
            <input id={ids.fromDay} type="date" value={filter.fromDay} onChange={(event) => update({ fromDay: event.target.value })} aria-invalid={invalidRange || undefined} data-testid="activity-from" />
          </div>
          <div className="activity-filter-field">
            <label htmlFor={ids.toDay}>Bis</label>
            <input id={ids.toDay} type="date" value={filter.toDay} onChange={(event) => update({ toDay: event.target.value })} aria-invalid={invalidRange || undefined} data-testid="activity-to" />
          </div>
        </form>
        <p role="status" className="activity-count" data-testid="activity-count">
          {request.state.status === 'loading' ? 'Aktivität wird geladen …' : invalidRange ? '„Von“ liegt nach „Bis“: Es gibt keine Einträge in diesem Zeitraum.' : describeCount(rows.length)}
        </p>
        {rows.length > 0 ? (
          <div className="table-scroll">
            <table className="data-table activity-table" aria-describedby={ids.caption} data-testid="activity-table">
              <caption id={ids.caption} className="visually-hidden">
                Änderungen, neueste zuerst
              </caption>
              <thead>
                <tr>
                  <th scope="col">Zeit</th>
                  <th scope="col">Person</th>
                  <th scope="col">Fachdienst</th>
                  <th scope="col">Stelle</th>
                  <th scope="col">Hinzugefügt</th>
                  <th scope="col">Entfernt</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ key, entry, place }) => (
                  <tr key={key} data-testid="activity-row">
                    <td>{formatActivityTime(entry.from, entry.to)}</td>
                    <td>{entry.name}</td>
                    <td>{entry.department}</td>
                    <td>
                      {place?.blockId ? (
                        <AppLink href={documentPlacePath(documentId, place.blockId)} data-testid="activity-place">
                          {describeChangeLocation(place)}
                        </AppLink>
                      ) : place ? (
                        <span data-testid="activity-place">{describeChangeLocation(place)} (gelöscht)</span>
                      ) : (
                        <span>Aufbau oder Format</span>
                      )}
                    </td>
                    <td className="activity-number" data-testid="activity-inserted">
                      {formatCharacters(place?.insertedCharacters ?? 0)}
                    </td>
                    <td className="activity-number" data-testid="activity-deleted">
                      {formatCharacters(place?.deletedCharacters ?? 0)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </main>
    </>
  )
}

function describeCount(count: number): string {
  if (count === 0) return 'Keine Änderungen in dieser Auswahl.'
  return count === 1 ? '1 Änderung' : `${count} Änderungen`
}

function formatCharacters(count: number): string {
  return count === 1 ? '1 Zeichen' : `${count.toLocaleString('de-DE')} Zeichen`
}
