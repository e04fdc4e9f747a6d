import { InvalidInputError } from '../errors/InvalidInputError'
import { exportFormats, exportKinds, type ExportFormat, type ExportKind, type ExportRequest } from './ExportRequest'

/** The export request in a query string; a clear 400 for unknown kinds and formats or a Synopse without `from`. */
export function parseExportRequest(query: { kind?: string; format?: string; version?: string; from?: string }): ExportRequest {
  const kind = (query.kind ?? 'concept').trim()
  const format = (query.format ?? 'pdf').trim().toLowerCase()
  if (!exportKinds.includes(kind as ExportKind)) throw new InvalidInputError(`Unbekannte Exportart „${kind}“. Möglich sind: ${exportKinds.join(', ')}.`)
  if (!exportFormats.includes(format as ExportFormat)) throw new InvalidInputError(`Unbekanntes Format „${format}“. Möglich sind: ${exportFormats.join(', ')}.`)
  const version = query.version?.trim() || 'draft'
  const from = query.from?.trim() || null
  if (kind === 'synopse' && !from) throw new InvalidInputError('Für die Synopse bitte die ältere Fassung angeben (from).')
  return { kind: kind as ExportKind, format: format as ExportFormat, version, from }
}
