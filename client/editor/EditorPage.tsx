import { AppHeader } from '../layout/AppHeader'
import { AppLink } from '../routing/AppLink'
import { EditorWorkspace } from './EditorWorkspace'
import { useDocumentMetadata } from './useDocumentMetadata'

/** `/d/<id>`: one Integrationskonzept, opened for editing together. */
export function EditorPage({ documentId }: { documentId: string }) {
  const { state, retry } = useDocumentMetadata(documentId)

  if (state.status === 'loaded') return <EditorWorkspace document={state.document} />

  return (
    <>
      <AppHeader />
      <main className="page page--message">
        {state.status === 'loading' ? (
          <p role="status">Konzept wird geöffnet …</p>
        ) : state.status === 'notFound' ? (
          <>
            <h1>Konzept nicht gefunden</h1>
            <p>Dieses Konzept gibt es nicht oder nicht mehr. Vielleicht wurde der Link unvollständig kopiert.</p>
            <p>
              <AppLink href="/">Zur Übersicht der Integrationskonzepte</AppLink>
            </p>
          </>
        ) : (
          <>
            <h1>Konzept konnte nicht geöffnet werden</h1>
            <p className="form-error" role="alert">
              {state.message}
            </p>
            <p className="button-row">
              <button type="button" className="button button--primary" onClick={retry}>
                Erneut versuchen
              </button>
              <AppLink href="/">Zur Übersicht</AppLink>
            </p>
          </>
        )}
      </main>
    </>
  )
}
