import { useEffect } from 'react'
import { AppHeader } from '../layout/AppHeader'
import { useCurrentUser } from '../session/useCurrentUser'
import { DocumentList } from './DocumentList'
import { ImportConceptForm } from './ImportConceptForm'
import { NewConceptForm } from './NewConceptForm'
import { useDocumentEntries } from './useDocumentEntries'

/** `/`: the district's Integrationskonzepte, with ways to start a new one or import an existing text. */
export function DocumentListPage() {
  const { canWrite } = useCurrentUser()
  const { state: list, reload } = useDocumentEntries()

  useEffect(() => {
    document.title = 'Integrationskonzepte – Fassung'
  }, [])

  const handleReload = () => reload()

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
