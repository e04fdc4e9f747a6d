import type { ImportSummary } from '../../shared/import/ImportSummary'

/** A concept document as the server lists it. */
export interface DocumentMetadata {
  id: string
  title: string
  createdAt: string
  updatedAt: string
}

/** The server's answer to an import. */
export interface ImportResult {
  id: string
  summary: ImportSummary
}
