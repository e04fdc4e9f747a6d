import type { SynopseScope } from '../../shared/export/SynopseScope'

/** What can be exported: the concept, the Beschlussvorlage (cover sheet + concept as Anlage), a Synopse, or the changes as tracked changes. */
export type ExportKind = 'concept' | 'beschlussvorlage' | 'synopse' | 'aenderungen'

/** The file formats the server renders. */
export type ExportFormat = 'docx' | 'pdf' | 'html'

/** One export as `GET /api/documents/:id/export` takes it. */
export interface ExportRequest {
  documentId: string
  kind: ExportKind
  format: ExportFormat
  /** A Fassung id or `draft`; for the Synopse the newer version. */
  version: string
  /** The older Fassung of a Synopse or of the tracked changes. */
  from?: string
  /** What a Synopse shows (only changed passages, only some Handlungsfelder); the whole document if absent. */
  synopseScope?: SynopseScope
}
