import { useEffect, useId, useState } from 'react'
import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import { useDocumentMetadata } from '../editor/useDocumentMetadata'
import { VersionExportPanel } from '../exports/VersionExportPanel'
import { getDocumentMetadata } from '../fassungen/api/getDocumentMetadata'
import { BeratungsfolgeEditor } from '../fassungen/BeratungsfolgeEditor'
import { BeratungsfolgeTable } from '../fassungen/BeratungsfolgeTable'
import { useCurrentUser } from '../session/useCurrentUser'
import { BeschlussvorlageForm } from './BeschlussvorlageForm'
import { DocumentSubpageHeader } from '../fassungen/DocumentSubpageHeader'

type MetadataState = { status: 'loading' } | { status: 'loaded'; metadata: DocumentMetadata } | { status: 'error'; message: string }

/**
 * `/d/<id>/beschlussvorlage`: the cover sheet of the Beschlussvorlage (Vorlage-Nr, Beschlussvorschlag,
 * Sachverhalt …) with its Beratungsfolge, and the Vorlage as a file with the concept as its Anlage.
 */
export function BeschlussvorlagePage({ documentId }: { documentId: string }) {
  const { account, canWrite } = useCurrentUser()
  const { state: documentState } = useDocumentMetadata(documentId)
  const title = documentState.status === 'loaded' ? documentState.document.title || 'Unbenanntes Konzept' : null
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<MetadataState>({ status: 'loading' })
  const ids = { beratungsfolge: useId(), export: useId() }

  useEffect(() => {
    document.title = `Beschlussvorlage${title ? ` – ${title}` : ''} – Fassung`
  }, [title])

  useEffect(() => {
    const controller = new AbortController()
    getDocumentMetadata(documentId, controller.signal).then(
      (metadata) => setState({ status: 'loaded', metadata }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => controller.abort()
  }, [documentId, attempt])

  // The cover form keeps its own state; a save elsewhere (the Beratungsfolge) must not reset what is being typed.
  const handleSaved = (metadata: DocumentMetadata) => setState({ status: 'loaded', metadata })
  const handleRetry = () => {
    setState({ status: 'loading' })
    setAttempt((count) => count + 1)
  }

  return (
    <>
      <DocumentSubpageHeader documentId={documentId} title={title} current="beschlussvorlage" />
      <main className="page page--beschlussvorlage" data-testid="beschlussvorlage-page">
        <h1>Beschlussvorlage</h1>
        <p className="page-lead">Das Deckblatt der Vorlage für die Gremien; das Konzept wird beim Export als Anlage angehängt.</p>
        {state.status === 'loading' ? (
          <p role="status">Beschlussvorlage wird geladen …</p>
        ) : state.status === 'error' ? (
          <div>
            <p className="form-error" role="alert">
              {`Die Beschlussvorlage konnte nicht geladen werden: ${state.message}`}
            </p>
            <button type="button" className="button" onClick={handleRetry}>
              Erneut laden
            </button>
          </div>
        ) : (
          <>
            {canWrite ? null : (
              <p className="read-only-notice read-only-notice--inline" data-testid="cover-read-only-notice">
                Nur lesen: Das Deckblatt bearbeiten die Fachdienste. Exportieren können Sie die Vorlage trotzdem.
              </p>
            )}
            <BeschlussvorlageForm documentId={documentId} accountId={account?.id ?? 'ohne-anmeldung'} cover={state.metadata.cover} readOnly={!canWrite} onSaved={handleSaved} />

            <section className="panel panel--spaced" aria-labelledby={ids.beratungsfolge}>
              <h2 id={ids.beratungsfolge}>Vorgesehene Beratungsfolge</h2>
              {canWrite ? (
                <BeratungsfolgeEditor documentId={documentId} beratungsfolge={state.metadata.beratungsfolge} onSaved={handleSaved} />
              ) : (
                <BeratungsfolgeTable beratungsfolge={state.metadata.beratungsfolge} />
              )}
            </section>

            <section className="panel panel--spaced" aria-labelledby={ids.export}>
              <h2 id={ids.export}>Exportieren</h2>
              <p className="form-hint">Exportiert wird, was gespeichert ist: das Deckblatt und das Konzept in der gewählten Version als Anlage.</p>
              <VersionExportPanel documentId={documentId} kinds={['beschlussvorlage', 'concept']} />
            </section>
          </>
        )}
      </main>
    </>
  )
}
