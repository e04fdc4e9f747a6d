import { AppHeader } from './layout/AppHeader'
import { AppLink } from './routing/AppLink'

/** Any address the app does not know. */
export function NotFoundPage() {
  return (
    <>
      <AppHeader />
      <main className="page page--message">
        <h1>Seite nicht gefunden</h1>
        <p>Diese Adresse gibt es in Fassung nicht.</p>
        <p>
          <AppLink href="/">Zur Übersicht der Integrationskonzepte</AppLink>
        </p>
      </main>
    </>
  )
}
