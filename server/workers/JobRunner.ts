import type { WorkerJobKind, WorkerJobs } from './WorkerJobs'

/**
 * Runs heavy work (imports, comparisons, exports) away from the collaboration event loop. Errors come out
 * typed: user errors as their 4xx errors, a broken-off job as ServiceUnavailableError, anything else as a plain Error.
 */
export interface JobRunner {
  /**
   * `userId`: the account the work is done for, counted by per-user limits. `signal`: the request went away;
   * a job still waiting for a worker is dropped (one already running finishes).
   */
  run<Kind extends WorkerJobKind>(kind: Kind, input: WorkerJobs[Kind]['input'], options?: JobOptions): Promise<WorkerJobs[Kind]['result']>
}

export interface JobOptions {
  userId?: string
  signal?: AbortSignal
}
