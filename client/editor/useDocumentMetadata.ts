import { useEffect, useState } from 'react'
import { ApiError } from '../api/ApiError'
import type { DocumentMetadata } from '../api/apiTypes'
import { getDocument } from '../api/getDocument'

export type DocumentMetadataState =
  | { status: 'loading' }
  | { status: 'loaded'; document: DocumentMetadata }
  | { status: 'notFound' }
  | { status: 'error'; message: string }

/** Loads a document's title and dates; `retry` loads again after an error. */
export function useDocumentMetadata(documentId: string): { state: DocumentMetadataState; retry: () => void } {
  const [attempt, setAttempt] = useState(0)
  const [result, setResult] = useState<{ key: string; state: DocumentMetadataState } | null>(null)
  const key = `${documentId}#${attempt}`

  useEffect(() => {
    const controller = new AbortController()
    getDocument(documentId, controller.signal).then(
      (document) => setResult({ key, state: { status: 'loaded', document } }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        if (error instanceof ApiError && error.status === 404) setResult({ key, state: { status: 'notFound' } })
        else setResult({ key, state: { status: 'error', message: error instanceof Error ? error.message : String(error) } })
      },
    )
    return () => controller.abort()
  }, [documentId, key])

  const retry = () => setAttempt((count) => count + 1)
  return { state: result?.key === key ? result.state : { status: 'loading' }, retry }
}
