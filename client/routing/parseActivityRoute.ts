import type { AppRoute } from './AppRoute'

/** `/d/<id>/aktivitaet`: the activity page of a document; null for other addresses. */
export function parseActivityRoute(path: string): AppRoute | null {
  const match = /^\/d\/([^/]+)\/aktivitaet\/?$/.exec(path)
  return match?.[1] ? { page: 'activity', documentId: decodeURIComponent(match[1]) } : null
}
