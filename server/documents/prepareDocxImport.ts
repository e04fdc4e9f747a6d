import { randomUUID } from 'node:crypto'
import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import { coverToMetadata } from '../../shared/documentMeta/coverToMetadata'
import type { ImportLimits } from '../../shared/import/ImportLimits'
import type { ImportSummary } from '../../shared/import/ImportSummary'
import { prepareConceptUpdate, type PreparedDocument } from './prepareConceptUpdate'

export interface DocxImportJob {
  file: Uint8Array
  limits: ImportLimits
}

export interface PreparedDocxImport extends PreparedDocument {
  summary: ImportSummary
  /** Beschlussvorlage fields and Beratungsfolge from a cover sheet in front of the concept. */
  metadata: DocumentMetadata | null
}

/** The whole Word import (archive checks, mammoth, mapping) up to the update that creates the document; runs in a worker thread. */
export async function prepareDocxImport(job: DocxImportJob): Promise<PreparedDocxImport> {
  // mammoth loads with the first Word import, not when a worker starts.
  const { importDocxConcept } = await import('../../shared/import/docx/importDocxConcept')
  const { doc, summary, coverSheet } = await importDocxConcept(job.file, job.limits)
  return { ...prepareConceptUpdate(doc), summary, metadata: coverSheet ? coverToMetadata(coverSheet.cover, coverSheet.text, randomUUID) : null }
}
