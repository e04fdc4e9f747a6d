import { useEffect, useState } from 'react'
import type { Fassung } from '../../shared/fassungen/Fassung'
import { listFassungen } from '../fassungen/api/listFassungen'
import { DocumentSubpageHeader } from '../fassungen/DocumentSubpageHeader'
import type { ComparisonView } from '../routing/AppRoute'
import { AppLink } from '../routing/AppLink'
import { fassungenPath } from '../routing/fassungenPath'
import { sinceLastFassungPath } from '../routing/sinceLastFassungPath'
import { ComparisonPage } from './ComparisonPage'

type LatestState = { status: 'loading' } | { status: 'loaded'; latest: Fassung | null } | { status: 'error'; message: string }

/** `/d/<id>/seit-letzter-fassung`: the live draft compared with the newest Fassung, updating as people type. */
export function SinceLastFassungPage({ documentId, view }: { documentId: string; view: ComparisonView }) {
  const [state, setState] = useState<LatestState>({ status: 'loading' })

  useEffect(() => {
    const controller = new AbortController()
    listFassungen(documentId, controller.signal).then(
      (fassungen) => setState({ status: 'loaded', latest: fassungen.at(-1) ?? null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => controller.abort()
  }, [documentId])

  if (state.status === 'loaded' && state.latest) {
    return (
      <ComparisonPage
        key={state.latest.id}
        documentId={documentId}
        from={state.latest.id}
        to="draft"
        view={view}
        viewPath={(nextView) => sinceLastFassungPath(documentId, nextView)}
        heading="Seit der letzten Fassung"
      />
    )
  }
  return (
    <>
      <DocumentSubpageHeader documentId={documentId} title={null} current="other" />
      <main className="page page--message">
        <h1>Seit der letzten Fassung</h1>
        {state.status === 'loading' ? (
          <p role="status">Fassungen werden geladen …</p>
        ) : state.status === 'error' ? (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        ) : (
          <p>
            Von diesem Konzept ist noch keine Fassung eingefroren. <AppLink href={fassungenPath(documentId)}>Zu den Fassungen</AppLink>
          </p>
        )}
      </main>
    </>
  )
}
