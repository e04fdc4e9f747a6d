import { useEffect, useId, useState } from 'react'
import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import { formatFassungLabel, type Fassung } from '../../shared/fassungen/Fassung'
import { useDocumentMetadata } from '../editor/useDocumentMetadata'
import { usePolledRequest } from '../review/usePolledRequest'
import { AppLink } from '../routing/AppLink'
import { sinceLastFassungPath } from '../routing/sinceLastFassungPath'
import { useCurrentUser } from '../session/useCurrentUser'
import { getDocumentMetadata } from './api/getDocumentMetadata'
import { listFassungen } from './api/listFassungen'
import { BeratungsfolgeEditor } from './BeratungsfolgeEditor'
import { BeratungsfolgeTable } from './BeratungsfolgeTable'
import { CompareVersionsForm } from './CompareVersionsForm'
import { DocumentSubpageHeader } from './DocumentSubpageHeader'
import { FassungTable } from './FassungTable'
import { FreezeFassungForm } from './FreezeFassungForm'

const pollIntervalMs = 15_000

/**
 * `/d/<id>/fassungen`: the frozen Fassungen of a document, the way to compare two versions, and for editors
 * freezing a new Fassung and keeping the Beratungsfolge.
 */
export function FassungenPage({ documentId }: { documentId: string }) {
  const { canWrite } = useCurrentUser()
  const { state: documentState } = useDocumentMetadata(documentId)
  const title = documentState.status === 'loaded' ? documentState.document.title || 'Unbenanntes Konzept' : null
  const fassungenRequest = usePolledRequest((signal) => listFassungen(documentId, signal), pollIntervalMs, documentId)
  const [metadata, setMetadata] = useState<DocumentMetadata | null>(null)
  const [metadataError, setMetadataError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const ids = { compare: useId(), list: useId(), beratungsfolge: useId() }

  useEffect(() => {
    document.title = `Fassungen & Vergleich${title ? ` – ${title}` : ''} – Fassung`
  }, [title])

  useEffect(() => {
    const controller = new AbortController()
    getDocumentMetadata(documentId, controller.signal).then(setMetadata, (error: unknown) => {
      if (!controller.signal.aborted) setMetadataError(error instanceof Error ? error.message : String(error))
    })
    return () => controller.abort()
  }, [documentId])

  const fassungen: Fassung[] | null = fassungenRequest.state.status === 'loaded' ? fassungenRequest.state.value : fassungenRequest.state.status === 'error' ? fassungenRequest.state.value : null
  const beratungsfolge = metadata?.beratungsfolge ?? []
  const latest = fassungen?.at(-1) ?? null

  const handleFrozen = (fassung: Fassung) => {
    setNotice(`Fassung „${fassung.name}“ eingefroren (${formatFassungLabel(fassung)}).`)
    fassungenRequest.refresh()
  }

  return (
    <>
      <DocumentSubpageHeader documentId={documentId} title={title} current="fassungen" />
      <main className="page page--fassungen" data-testid="fassungen-page">
        <h1>Fassungen &amp; Vergleich</h1>
        <p className="page-lead">Eingefrorene Fassungen bleiben unverändert. Vergleichen Sie sie miteinander oder mit dem aktuellen Entwurf.</p>
        <p className={notice ? 'form-notice' : 'visually-hidden'} role="status" data-testid="fassungen-notice">
          {notice ?? ''}
        </p>
        {fassungenRequest.state.status === 'error' ? (
          <p className="form-error" role="alert">
            {fassungenRequest.state.message}
          </p>
        ) : null}

        <section className="panel panel--spaced" aria-labelledby={ids.compare}>
          <h2 id={ids.compare}>Vergleichen</h2>
          {fassungen === null ? (
            <p role="status">Fassungen werden geladen …</p>
          ) : fassungen.length === 0 ? (
            <p>Zum Vergleichen braucht es mindestens eine eingefrorene Fassung.</p>
          ) : (
            <>
              <p>
                <AppLink href={sinceLastFassungPath(documentId)} className="button" data-testid="since-last-fassung">
                  Seit der letzten Fassung
                </AppLink>{' '}
                <span className="form-hint">{`Der aktuelle Entwurf gegenüber ${latest ? `„${latest.name}“ (${formatFassungLabel(latest)})` : 'der letzten Fassung'}, live.`}</span>
              </p>
              <CompareVersionsForm key={latest?.id ?? 'none'} documentId={documentId} fassungen={fassungen} />
            </>
          )}
        </section>

        <section className="panel panel--spaced" aria-labelledby={ids.list}>
          <h2 id={ids.list}>Fassungen</h2>
          {fassungen === null ? <p role="status">Fassungen werden geladen …</p> : <FassungTable documentId={documentId} fassungen={fassungen} beratungsfolge={beratungsfolge} />}
        </section>

        {canWrite ? <FreezeFassungForm documentId={documentId} beratungsfolge={beratungsfolge} onFrozen={handleFrozen} /> : null}

        <section className="panel panel--spaced" aria-labelledby={ids.beratungsfolge}>
          <h2 id={ids.beratungsfolge}>Beratungsfolge</h2>
          {metadataError ? (
            <p className="form-error" role="alert">
              {metadataError}
            </p>
          ) : metadata === null ? (
            <p role="status">Beratungsfolge wird geladen …</p>
          ) : canWrite ? (
            <BeratungsfolgeEditor documentId={documentId} beratungsfolge={metadata.beratungsfolge} onSaved={setMetadata} />
          ) : (
            <BeratungsfolgeTable beratungsfolge={metadata.beratungsfolge} />
          )}
        </section>
      </main>
    </>
  )
}
