import type { WorkerJobKind, WorkerJobs } from './WorkerJobs'

type JobHandlers = { [Kind in WorkerJobKind]: (input: WorkerJobs[Kind]['input']) => Promise<WorkerJobs[Kind]['result']> }

// Each job's module loads with its first job, so a worker that only compares never loads mammoth or pdfkit.
const handlers: JobHandlers = {
  importText: async (input) => (await import('../documents/prepareTextImport')).prepareTextImport(input),
  importDocx: async (input) => (await import('../documents/prepareDocxImport')).prepareDocxImport(input),
  readVersion: async (input) => (await import('../fassungen/readVersionJson')).readVersionJson(input),
  compare: async (input) => (await import('../fassungen/compareVersions')).compareVersions(input),
  export: async (input) => (await import('../export/renderExportJob')).renderExportJob(input),
  locateHistory: async (input) => (await import('../documents/locateHistoryPlaces')).locateHistoryPlaces(input),
}

/** Runs one job on the calling thread (a pool worker, or a command-line tool). */
export async function runWorkerJob<Kind extends WorkerJobKind>(kind: Kind, input: WorkerJobs[Kind]['input']): Promise<WorkerJobs[Kind]['result']> {
  const handler = handlers[kind] as ((input: WorkerJobs[Kind]['input']) => Promise<WorkerJobs[Kind]['result']>) | undefined
  if (!handler) throw new Error(`unknown worker job kind: ${String(kind)}`)
  return handler(input)
}
