import type { SynopseScope } from '../../shared/export/SynopseScope'

export const exportKinds = ['concept', 'beschlussvorlage', 'synopse', 'aenderungen'] as const
export type ExportKind = (typeof exportKinds)[number]

export const exportFormats = ['docx', 'pdf', 'html'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** What to export: the concept, the Beschlussvorlage, a Synopse or the changes as Word revisions, in which format, of which version. */
export interface ExportRequest {
  kind: ExportKind
  format: ExportFormat
  /** A Fassung id or 'draft'; for the Synopse and the changes the newer version. */
  version: string
  /** The older Fassung of a Synopse or of the changes; for the concept, the Fassung whose changes since are listed after the text. */
  from: string | null
  /** What a Synopse shows (`umfang`, `abschnitte`); the whole document unless asked otherwise. */
  synopseScope: SynopseScope
}

/** Values of `umfang`: the whole document, or only the changed passages with "(…)" for what is left out. */
export const synopseExtents = ['gesamt', 'aenderungen'] as const
