import type { AppRoute } from './AppRoute'

/** `/d/<id>/beschlussvorlage`; null for any other path. */
export function parseBeschlussvorlageRoute(path: string): AppRoute | null {
  const match = /^\/d\/([^/]+)\/beschlussvorlage\/?$/.exec(path)
  if (!match?.[1]) return null
  try {
    return { page: 'beschlussvorlage', documentId: decodeURIComponent(match[1]) }
  } catch {
    // A mangled escape is an unknown address, not a crash.
    return null
  }
}
