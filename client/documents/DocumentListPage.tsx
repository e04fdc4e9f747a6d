import { useEffect, useState } from 'react'
import type { DocumentMetadata } from '../api/apiTypes'
import { listDocuments } from '../api/listDocuments'
import { AppHeader } from '../layout/AppHeader'
import { useCurrentUser } from '../session/useCurrentUser'
import { DocumentList } from './DocumentList'
import { ImportConceptForm } from './ImportConceptForm'
import { NewConceptForm } from './NewConceptForm'

type ListState = { status: 'loading' } | { status: 'loaded'; documents: DocumentMetadata[] } | { status: 'error'; message: string }

/** `/`: the district's Integrationskonzepte, with ways to start a new one or import an existing text. */
export function DocumentListPage() {
  const { canWrite } = useCurrentUser()
  const [reloadCount, setReloadCount] = useState(0)
  const [list, setList] = useState<ListState>({ status: 'loading' })

  useEffect(() => {
    document.title = 'Integrationskonzepte – Fassung'
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    listDocuments(controller.signal).then(
      (documents) => setList({ status: 'loaded', documents }),
      (error: unknown) => {
        if (!controller.signal.aborted) setList({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => controller.abort()
  }, [reloadCount])

  const handleReload = () => setReloadCount((count) => count + 1)

  return (
    <>
      <AppHeader />
      <main className="page page--documents">
        <h1>Integrationskonzepte</h1>
        <p className="page-lead">Hier schreiben die Fachdienste des Kreises ihr Integrationskonzept gemeinsam.</p>
        {canWrite ? (
          <div className="document-actions">
            <NewConceptForm />
            <ImportConceptForm onImported={handleReload} />
          </div>
        ) : null}
        <section className="panel" aria-labelledby="document-list-heading">
          <h2 id="document-list-heading">Vorhandene Konzepte</h2>
          {list.status === 'loading' ? (
            <p role="status">Konzepte werden geladen …</p>
          ) : list.status === 'error' ? (
            <div>
              <p className="form-error" role="alert">
                {list.message}
              </p>
              <button type="button" className="button" onClick={handleReload}>
                Erneut laden
              </button>
            </div>
          ) : (
            <DocumentList documents={list.documents} />
          )}
        </section>
      </main>
    </>
  )
}
