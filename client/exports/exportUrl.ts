import type { ExportRequest } from './ExportRequest'

/** The address of an export on the server. */
export function exportUrl(request: ExportRequest): string {
  const query = new URLSearchParams({ kind: request.kind, format: request.format, version: request.version })
  if (request.from) query.set('from', request.from)
  if (request.kind === 'synopse' && request.synopseScope) {
    query.set('umfang', request.synopseScope.changesOnly ? 'aenderungen' : 'gesamt')
    if (request.synopseScope.sections.length > 0) query.set('abschnitte', request.synopseScope.sections.join(','))
  }
  return `/api/documents/${encodeURIComponent(request.documentId)}/export?${query.toString()}`
}
