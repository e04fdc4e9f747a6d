import type { SynopseScope } from '../../shared/export/SynopseScope'
import { InvalidInputError } from '../errors/InvalidInputError'
import { exportFormats, exportKinds, synopseExtents, type ExportFormat, type ExportKind, type ExportRequest } from './ExportRequest'

const maxSections = 100
const sectionNumber = /^\d{1,3}(?:\.\d{1,3}){0,5}$/

/** The export request in a query string; a clear 400 for unknown kinds and formats or a Synopse without `from`. */
export function parseExportRequest(query: { kind?: string; format?: string; version?: string; from?: string; umfang?: string; abschnitte?: string }): ExportRequest {
  const kind = (query.kind ?? 'concept').trim()
  const format = (query.format ?? 'pdf').trim().toLowerCase()
  if (!exportKinds.includes(kind as ExportKind)) throw new InvalidInputError(`Unbekannte Exportart „${kind}“. Möglich sind: ${exportKinds.join(', ')}.`)
  if (!exportFormats.includes(format as ExportFormat)) throw new InvalidInputError(`Unbekanntes Format „${format}“. Möglich sind: ${exportFormats.join(', ')}.`)
  const version = query.version?.trim() || 'draft'
  const from = query.from?.trim() || null
  if (kind === 'synopse' && !from) throw new InvalidInputError('Für die Synopse bitte die ältere Fassung angeben (from).')
  if (kind === 'aenderungen' && !from) throw new InvalidInputError('Für die Änderungen bitte die ältere Fassung angeben (from), seit der sie gezeigt werden.')
  return { kind: kind as ExportKind, format: format as ExportFormat, version, from, synopseScope: parseSynopseScope(kind as ExportKind, query.umfang, query.abschnitte) }
}

function parseSynopseScope(kind: ExportKind, extent: string | undefined, sectionList: string | undefined): SynopseScope {
  const umfang = extent?.trim().toLowerCase() || 'gesamt'
  const abschnitte = sectionList?.trim() ?? ''
  if ((extent !== undefined || sectionList !== undefined) && kind !== 'synopse') throw new InvalidInputError('„umfang“ und „abschnitte“ gibt es nur für die Synopse (kind=synopse).')
  if (!(synopseExtents as readonly string[]).includes(umfang)) throw new InvalidInputError(`Unbekannter Umfang „${umfang}“. Möglich sind: ${synopseExtents.join(', ')}.`)
  const sections = abschnitte ? [...new Set(abschnitte.split(',').map((entry) => entry.trim().replace(/\.$/, '')))] : []
  if (sections.length > maxSections) throw new InvalidInputError(`Höchstens ${maxSections} Abschnitte auf einmal.`)
  const invalid = sections.filter((entry) => !sectionNumber.test(entry))
  if (invalid.length > 0) throw new InvalidInputError(`„${invalid[0]!.slice(0, 40)}“ ist keine Abschnittsnummer; bitte Nummern wie 3.1 mit Komma trennen (abschnitte=3.1,3.4).`)
  return { changesOnly: umfang === 'aenderungen', sections }
}
