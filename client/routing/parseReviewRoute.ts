import type { AppRoute } from './AppRoute'

/**
 * The Fassungen and comparison pages of a document: `/d/<id>/fassungen`, `/d/<id>/fassungen/<fassungId>`,
 * `/d/<id>/vergleich/<from>/<to>[/synopse]` and `/d/<id>/seit-letzter-fassung[/synopse]`; null for any other path.
 */
export function parseReviewRoute(path: string): AppRoute | null {
  const match = /^\/d\/([^/]+)\/(.+?)\/?$/.exec(path)
  if (!match?.[1] || !match[2]) return null
  let documentId: string
  let parts: string[]
  try {
    documentId = decodeURIComponent(match[1])
    parts = match[2].split('/').map(decodeURIComponent)
  } catch {
    // A mangled escape (a link cut in the middle of "%C3%BC") is an unknown address, not a crash.
    return null
  }
  const [section, first, second, third] = parts
  if (section === 'fassungen' && parts.length === 1) return { page: 'fassungen', documentId }
  if (section === 'fassungen' && parts.length === 2 && first) return { page: 'fassung', documentId, fassungId: first }
  if (section === 'vergleich' && first && second && (parts.length === 3 || (parts.length === 4 && third === 'synopse'))) {
    return { page: 'comparison', documentId, from: first, to: second, view: third === 'synopse' ? 'synopse' : 'inline' }
  }
  if (section === 'seit-letzter-fassung' && (parts.length === 1 || (parts.length === 2 && first === 'synopse'))) {
    return { page: 'sinceLastFassung', documentId, view: first === 'synopse' ? 'synopse' : 'inline' }
  }
  return null
}
