import type { JSONContent } from '@tiptap/core'
import { useEffect, useState } from 'react'
import { formatFassungLabel, type Fassung } from '../../shared/fassungen/Fassung'
import { useDocumentMetadata } from '../editor/useDocumentMetadata'
import { AppLink } from '../routing/AppLink'
import { comparisonPath } from '../routing/comparisonPath'
import { listFassungen } from './api/listFassungen'
import { readVersion } from './api/readVersion'
import { DocumentSubpageHeader } from './DocumentSubpageHeader'
import { formatIsoDate } from './formatIsoDate'
import { ReadOnlyConcept } from './ReadOnlyConcept'

type ReaderState = { status: 'loading' } | { status: 'loaded'; fassung: Fassung; content: JSONContent } | { status: 'error'; message: string }

/** `/d/<id>/fassungen/<fassungId>`: one frozen Fassung, read-only. */
export function FassungReaderPage({ documentId, fassungId }: { documentId: string; fassungId: string }) {
  const { state: documentState } = useDocumentMetadata(documentId)
  const title = documentState.status === 'loaded' ? documentState.document.title || 'Unbenanntes Konzept' : null
  const [state, setState] = useState<ReaderState>({ status: 'loading' })

  useEffect(() => {
    const controller = new AbortController()
    Promise.all([listFassungen(documentId, controller.signal), readVersion(documentId, fassungId, controller.signal)]).then(
      ([fassungen, content]) => {
        const fassung = fassungen.find((candidate) => candidate.id === fassungId)
        setState(fassung ? { status: 'loaded', fassung, content } : { status: 'error', message: 'Diese Fassung gibt es nicht.' })
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => controller.abort()
  }, [documentId, fassungId])

  const fassungName = state.status === 'loaded' ? state.fassung.name : null
  useEffect(() => {
    document.title = `${fassungName ?? 'Fassung'}${title ? ` – ${title}` : ''} – Fassung`
  }, [fassungName, title])

  return (
    <>
      <DocumentSubpageHeader documentId={documentId} title={title} current="other" />
      <main className="page page--reader" data-testid="fassung-reader">
        {state.status === 'loaded' ? (
          <>
            <h1>{state.fassung.name}</h1>
            <p className="page-lead" data-testid="fassung-reader-label">
              {`${formatFassungLabel(state.fassung)} · ${state.fassung.gremium} · ${formatIsoDate(state.fassung.date)} · ${state.fassung.status}`}
            </p>
            <p className="button-row">
              <AppLink href={comparisonPath(documentId, state.fassung.id, 'draft')}>Mit dem aktuellen Entwurf vergleichen</AppLink>
            </p>
            <p className="read-only-notice read-only-notice--inline">Eingefrorene Fassung: nur lesen.</p>
            <article className="fassung-paper" aria-label={`Text der Fassung ${state.fassung.name}`}>
              <ReadOnlyConcept content={state.content} />
            </article>
          </>
        ) : state.status === 'loading' ? (
          <p role="status">Fassung wird geladen …</p>
        ) : (
          <>
            <h1>Fassung nicht verfügbar</h1>
            <p className="form-error" role="alert">
              {state.message}
            </p>
          </>
        )}
      </main>
    </>
  )
}
