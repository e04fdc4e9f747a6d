import { randomUUID } from 'node:crypto'
import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import { coverToMetadata } from '../../shared/documentMeta/coverToMetadata'
import type { ImportSummary } from '../../shared/import/ImportSummary'
import { importPlainTextConcept } from '../../shared/import/importPlainTextConcept'
import { parseBeschlussvorlageCover } from '../../shared/import/parseBeschlussvorlageCover'
import { prepareConceptUpdate, type PreparedDocument } from './prepareConceptUpdate'

export interface TextImportJob {
  text: string
  title?: string
}

export interface PreparedTextImport extends PreparedDocument {
  summary: ImportSummary
  /** Beschlussvorlage fields and Beratungsfolge from a cover sheet in front of the concept. */
  metadata: DocumentMetadata | null
}

/** The whole plain-text import up to the update that creates the document; runs in a worker thread. */
export function prepareTextImport(job: TextImportJob): PreparedTextImport {
  // A cover sheet in front of the concept fills the Beschlussvorlage fields and the Beratungsfolge; the
  // document itself then holds the concept alone, as the Anlage it becomes.
  const cover = parseBeschlussvorlageCover(job.text)
  const { doc, summary } = importPlainTextConcept(job.text, { ...(job.title ? { title: job.title } : {}), omitCoverSheet: cover !== null })
  return { ...prepareConceptUpdate(doc), summary, metadata: cover ? coverToMetadata(cover, job.text, randomUUID) : null }
}
