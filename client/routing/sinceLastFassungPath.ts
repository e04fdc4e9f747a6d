import type { ComparisonView } from './AppRoute'

/** The address of the live draft compared with the newest Fassung. */
export function sinceLastFassungPath(documentId: string, view: ComparisonView = 'inline'): string {
  const path = `/d/${encodeURIComponent(documentId)}/seit-letzter-fassung`
  return view === 'synopse' ? `${path}/synopse` : path
}
