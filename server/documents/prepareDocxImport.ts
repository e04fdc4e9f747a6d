import type { ImportLimits } from '../../shared/import/ImportLimits'
import type { ImportSummary } from '../../shared/import/ImportSummary'
import { prepareConceptUpdate, type PreparedDocument } from './prepareConceptUpdate'

export interface DocxImportJob {
  file: Uint8Array
  limits: ImportLimits
}

export interface PreparedDocxImport extends PreparedDocument {
  summary: ImportSummary
}

/** The whole Word import (archive checks, mammoth, mapping) up to the update that creates the document; runs in a worker thread. */
export async function prepareDocxImport(job: DocxImportJob): Promise<PreparedDocxImport> {
  // mammoth loads with the first Word import, not when a worker starts.
  const { importDocxConcept } = await import('../../shared/import/docx/importDocxConcept')
  const { doc, summary } = await importDocxConcept(job.file, job.limits)
  return { ...prepareConceptUpdate(doc), summary }
}
