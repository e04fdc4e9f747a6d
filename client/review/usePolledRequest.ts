import { useCallback, useEffect, useEffectEvent, useState } from 'react'

export type PolledState<T> = { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'error'; message: string; value: T | null }

/**
 * Loads something now, again every `intervalMs` while the page is visible, and whenever `refresh` is called.
 * A failed poll keeps the last value and reports the error beside it.
 */
export function usePolledRequest<T>(load: (signal: AbortSignal) => Promise<T>, intervalMs: number, key: string): { state: PolledState<T>; refresh: () => void } {
  const [result, setResult] = useState<{ key: string; state: PolledState<T> } | null>(null)
  const [round, setRound] = useState(0)
  const loadNow = useEffectEvent(load)

  useEffect(() => {
    const controller = new AbortController()
    loadNow(controller.signal).then(
      // An unchanged answer keeps the old object, so that nothing downstream renders again for it.
      (value) => setResult((current) => (current?.key === key && current.state.status === 'loaded' && JSON.stringify(current.state.value) === JSON.stringify(value) ? current : { key, state: { status: 'loaded', value } })),
      (error: unknown) => {
        if (controller.signal.aborted) return
        const message = error instanceof Error ? error.message : String(error)
        setResult((current) => ({ key, state: { status: 'error', message, value: current?.key === key && current.state.status !== 'loading' ? current.state.value : null } }))
      },
    )
    return () => controller.abort()
  }, [key, round])

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') setRound((count) => count + 1)
    }, intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])

  const refresh = useCallback(() => setRound((count) => count + 1), [])
  return { state: result?.key === key ? result.state : { status: 'loading' }, refresh }
}
