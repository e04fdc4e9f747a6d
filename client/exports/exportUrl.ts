import type { ExportRequest } from './ExportRequest'

/** The address of an export on the server. */
export function exportUrl(request: ExportRequest): string {
  const query = new URLSearchParams({ kind: request.kind, format: request.format, version: request.version })
  if (request.from) query.set('from', request.from)
  return `/api/documents/${encodeURIComponent(request.documentId)}/export?${query.toString()}`
}
