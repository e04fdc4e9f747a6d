import * as Y from 'yjs'
import type { ChangeModel } from '../../shared/changes/ChangeModel'
import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import type { ExportDocument } from '../../shared/export/ExportDocument'
import type { ExportVersion } from '../../shared/export/ExportVersion'
import type { ContentProblem } from '../../shared/schema/validation/ContentProblem'
import { buildBeschlussvorlageExport } from '../../shared/export/buildBeschlussvorlageExport'
import { buildConceptExport } from '../../shared/export/buildConceptExport'
import type { ChangeRegister } from '../../shared/export/changeRegisterBlocks'
import { buildSynopseExport } from '../../shared/export/buildSynopseExport'
import { buildTrackedChangesExport } from '../../shared/export/buildTrackedChangesExport'
import type { SynopseScope } from '../../shared/export/SynopseScope'
import { readVersionNode } from '../fassungen/readVersionNode'
import type { ExportFormat } from './ExportRequest'
import type { PdfFonts } from './pdf/loadPdfFonts'
import type { MissingCharacter } from './pdf/MissingCharacter'
import type { DocumentEditors } from './readDocumentEditors'

/** Everything an export needs, as plain data that can cross to a worker thread. */
export type ExportJob = { format: ExportFormat; fonts: PdfFonts; documentTitle: string; editors?: DocumentEditors } & (
  | { kind: 'synopse'; model: ChangeModel; olderLabel: string; newerLabel: string; scope: SynopseScope; departments: readonly string[] }
  | { kind: 'aenderungen'; model: ChangeModel; olderLabel: string; newerLabel: string }
  | { kind: 'concept'; state: Uint8Array; snapshot: Uint8Array; version: ExportVersion; changes?: ChangeRegister }
  | { kind: 'beschlussvorlage'; state: Uint8Array; snapshot: Uint8Array; version: ExportVersion; metadata: DocumentMetadata }
)

export interface RenderedExport {
  body: Uint8Array
  /** Content of the version the schema does not allow, left out of the file (for the log). */
  problems: ContentProblem[]
  /** Characters no embedded font could draw (PDF only): shown as "[U+XXXX]" in the file, and logged. */
  missingCharacters: MissingCharacter[]
}

/** Builds the export model from the shared model and renders it as DOCX, PDF or HTML; runs in a worker thread. */
export async function renderExportJob(job: ExportJob): Promise<RenderedExport> {
  const { exportDocument: built, problems } = buildExportDocument(job)
  const exportDocument = { ...built, ...(job.editors?.author ? { author: job.editors.author } : {}), ...(job.editors?.lastModifiedBy ? { lastModifiedBy: job.editors.lastModifiedBy } : {}) }
  // The renderers (docx, pdfkit) load on the first export, not when a worker starts.
  switch (job.format) {
    case 'docx':
      return { body: await (await import('./renderDocx')).renderDocx(exportDocument), problems, missingCharacters: [] }
    case 'pdf': {
      const { bytes, missingCharacters } = await (await import('./renderPdf')).renderPdf(exportDocument, job.fonts)
      return { body: bytes, problems, missingCharacters }
    }
    case 'html':
      return { body: (await import('./renderHtml')).renderHtml(exportDocument), problems, missingCharacters: [] }
  }
}

function buildExportDocument(job: ExportJob): { exportDocument: ExportDocument; problems: ContentProblem[] } {
  if (job.kind === 'synopse') {
    return { exportDocument: buildSynopseExport({ model: job.model, documentTitle: job.documentTitle, olderLabel: job.olderLabel, newerLabel: job.newerLabel, scope: job.scope, departments: job.departments }), problems: [] }
  }
  if (job.kind === 'aenderungen') {
    return { exportDocument: buildTrackedChangesExport({ model: job.model, documentTitle: job.documentTitle, olderLabel: job.olderLabel, newerLabel: job.newerLabel }), problems: [] }
  }
  const { node: doc, problems } = readVersionNode(job.state, Y.decodeSnapshot(job.snapshot))
  if (job.kind === 'beschlussvorlage') return { exportDocument: buildBeschlussvorlageExport({ doc, documentTitle: job.documentTitle, version: job.version, metadata: job.metadata }), problems }
  return { exportDocument: buildConceptExport({ doc, documentTitle: job.documentTitle, version: job.version, ...(job.changes ? { changes: job.changes } : {}) }), problems }
}
