import type { ComparisonView } from './AppRoute'

/** The address of a comparison of two versions; `to` is a Fassung id or `draft`. */
export function comparisonPath(documentId: string, from: string, to: string, view: ComparisonView = 'inline'): string {
  const path = `/d/${encodeURIComponent(documentId)}/vergleich/${encodeURIComponent(from)}/${encodeURIComponent(to)}`
  return view === 'synopse' ? `${path}/synopse` : path
}
