import { useMemo, useSyncExternalStore } from 'react'
import type { AppRoute } from './AppRoute'
import { parseRoute } from './parseRoute'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener('hashchange', onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener('hashchange', onChange)
  }
}

function readLocation(): string {
  return `${window.location.pathname}\n${window.location.hash}`
}

/** The current page, following back/forward navigation and `navigate()`. */
export function useAppRoute(): AppRoute {
  const location = useSyncExternalStore(subscribe, readLocation)
  return useMemo(() => {
    const [pathname = '/', hash = ''] = location.split('\n')
    return parseRoute(pathname, hash)
  }, [location])
}
