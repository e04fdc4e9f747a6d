import type { WorkerJobKind, WorkerJobs } from './WorkerJobs'

/**
 * Runs heavy work (imports, comparisons, exports) away from the collaboration event loop. Errors come out
 * typed: user errors as their 4xx errors, a broken-off job as ServiceUnavailableError, anything else as a plain Error.
 */
export interface JobRunner {
  /** `userId`: the account the work is done for, counted by per-user limits. */
  run<Kind extends WorkerJobKind>(kind: Kind, input: WorkerJobs[Kind]['input'], options?: { userId?: string }): Promise<WorkerJobs[Kind]['result']>
}
