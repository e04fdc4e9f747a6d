import { useCallback, useEffect, useState } from 'react'
import type { ChangeModel } from '../../shared/changes/ChangeModel'
import { compareVersions } from './api/compareVersions'

export type ComparisonState =
  | { status: 'loading' }
  | { status: 'loaded'; model: ChangeModel; refreshing: boolean; loadedAt: number }
  | { status: 'error'; message: string; model: ChangeModel | null }

/**
 * The change model of one comparison. `refresh` loads it again and keeps showing the current one until the
 * new one arrives; an answer overtaken by a newer request is dropped.
 */
export function useComparison(documentId: string, from: string, to: string): { state: ComparisonState; refresh: () => void } {
  const key = `${documentId}\n${from}\n${to}`
  const [round, setRound] = useState(0)
  const [result, setResult] = useState<{ key: string; state: ComparisonState } | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    compareVersions(documentId, from, to, controller.signal).then(
      (model) => setResult({ key, state: { status: 'loaded', model, refreshing: false, loadedAt: Date.now() } }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        const message = error instanceof Error ? error.message : String(error)
        setResult((current) => ({ key, state: { status: 'error', message, model: current?.key === key && current.state.status === 'loaded' ? current.state.model : null } }))
      },
    )
    return () => controller.abort()
  }, [documentId, from, to, key, round])

  const refresh = useCallback(() => {
    setResult((current) => (current?.state.status === 'loaded' ? { key: current.key, state: { ...current.state, refreshing: true } } : current))
    setRound((count) => count + 1)
  }, [])

  return { state: result?.key === key ? result.state : { status: 'loading' }, refresh }
}
