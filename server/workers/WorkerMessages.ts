import type { SerializedJobError } from './serializeJobError'
import type { WorkerJobKind } from './WorkerJobs'

/** What the pool sends a worker: one job. */
export interface WorkerRequest {
  id: number
  kind: WorkerJobKind
  input: unknown
}

/** What a worker says: that it has loaded and takes jobs, or the result or error of a job. */
export type WorkerResponse = { ready: true } | { id: number; result: unknown } | { id: number; error: SerializedJobError }

/** What a pool worker is started with: its entry module (for the TypeScript loader) and its nice value. */
export interface PoolWorkerData {
  entry: string
  niceness: number
}
