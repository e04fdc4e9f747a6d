import type { SerializedJobError } from './serializeJobError'
import type { WorkerJobKind } from './WorkerJobs'

/** What the pool sends a worker: one job. */
export interface WorkerRequest {
  id: number
  kind: WorkerJobKind
  input: unknown
}

/** What a worker answers for a job: its result or its error. */
export type WorkerResponse = { id: number; result: unknown } | { id: number; error: SerializedJobError }
