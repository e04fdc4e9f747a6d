import { randomUUID } from 'node:crypto'
import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import { coverToMetadata } from '../../shared/documentMeta/coverToMetadata'
import type { ImportLimits } from '../../shared/import/ImportLimits'
import type { ImportSummary } from '../../shared/import/ImportSummary'
import { importPlainTextConcept } from '../../shared/import/importPlainTextConcept'
import { parseBeschlussvorlageCover } from '../../shared/import/parseBeschlussvorlageCover'
import { prepareConceptUpdate, type PreparedDocument } from './prepareConceptUpdate'
import { readTextImportRequest } from './readTextImportRequest'

/** A text to import, checked already; or the route's request body, which the worker parses and checks. */
export type TextImportJob = { text: string; title?: string } | { requestBody: Uint8Array; limits: ImportLimits }

export interface PreparedTextImport extends PreparedDocument {
  summary: ImportSummary
  /** Beschlussvorlage fields and Beratungsfolge from a cover sheet in front of the concept. */
  metadata: DocumentMetadata | null
  /** The title the request gave, if any. */
  requestedTitle?: string
}

/** The whole plain-text import up to the update that creates the document; runs in a worker thread. */
export function prepareTextImport(job: TextImportJob): PreparedTextImport {
  const { text, title } = 'requestBody' in job ? readTextImportRequest(job.requestBody, job.limits) : job
  // A cover sheet in front of the concept fills the Beschlussvorlage fields and the Beratungsfolge; the
  // document itself then holds the concept alone, as the Anlage it becomes.
  const cover = parseBeschlussvorlageCover(text)
  const { doc, summary } = importPlainTextConcept(text, { ...(title ? { title } : {}), omitCoverSheet: cover !== null })
  return { ...prepareConceptUpdate(doc), summary, metadata: cover ? coverToMetadata(cover, text, randomUUID) : null, ...(title ? { requestedTitle: title } : {}) }
}
