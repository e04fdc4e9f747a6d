import { useEffect, useState } from 'react'
import type { DocumentListEntry } from './DocumentListEntry'
import { listDocumentEntries } from './listDocumentEntries'

export type DocumentEntriesState = { status: 'loading' } | { status: 'loaded'; documents: DocumentListEntry[] } | { status: 'error'; message: string }

/**
 * The document list, loaded again every `refreshMilliseconds` while the page is visible and whenever the
 * window regains the focus, so that who is in which document stays current. `reload` loads at once.
 */
export function useDocumentEntries(refreshMilliseconds = 10_000): { state: DocumentEntriesState; reload: () => void } {
  const [request, setRequest] = useState({ count: 0, background: false })
  const [state, setState] = useState<DocumentEntriesState>({ status: 'loading' })

  useEffect(() => {
    const controller = new AbortController()
    listDocumentEntries(controller.signal).then(
      (documents) => setState({ status: 'loaded', documents }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        const message = error instanceof Error ? error.message : String(error)
        // A failed background refresh keeps the list on screen: it is only the presence that may be a few seconds old.
        setState((current) => (request.background && current.status === 'loaded' ? current : { status: 'error', message }))
      },
    )
    return () => controller.abort()
  }, [request])

  useEffect(() => {
    const handleRefresh = () => {
      if (document.visibilityState === 'visible') setRequest((current) => ({ count: current.count + 1, background: true }))
    }
    const timer = setInterval(handleRefresh, refreshMilliseconds)
    window.addEventListener('focus', handleRefresh)
    document.addEventListener('visibilitychange', handleRefresh)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', handleRefresh)
      document.removeEventListener('visibilitychange', handleRefresh)
    }
  }, [refreshMilliseconds])

  const reload = () => setRequest((current) => ({ count: current.count + 1, background: false }))
  return { state, reload }
}
