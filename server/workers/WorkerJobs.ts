import type { DocxImportJob, PreparedDocxImport } from '../documents/prepareDocxImport'
import type { HistoryLocationJob, HistoryLocations } from '../documents/locateHistoryPlaces'
import type { PreparedTextImport, TextImportJob } from '../documents/prepareTextImport'
import type { ExportJob, RenderedExport } from '../export/renderExportJob'
import type { CompareJob, ComparedVersions } from '../fassungen/compareVersions'
import type { VersionReadJob, VersionReading } from '../fassungen/readVersionJson'

/** The kinds of heavy work that run in worker threads, each with its plain input and result (structured-clone data only). */
export interface WorkerJobs {
  importText: { input: TextImportJob; result: PreparedTextImport }
  importDocx: { input: DocxImportJob; result: PreparedDocxImport }
  readVersion: { input: VersionReadJob; result: VersionReading }
  compare: { input: CompareJob; result: ComparedVersions }
  export: { input: ExportJob; result: RenderedExport }
  locateHistory: { input: HistoryLocationJob; result: HistoryLocations }
}

export type WorkerJobKind = keyof WorkerJobs
