import type { JobRunner } from './JobRunner'
import { reviveJobError } from './reviveJobError'
import { runWorkerJob } from './runWorkerJob'
import { serializeJobError } from './serializeJobError'
import type { WorkerJobKind, WorkerJobs } from './WorkerJobs'

/** Runs jobs on the calling thread, for command-line tools with no event loop to protect; errors come out as from the WorkerPool. */
export class InProcessJobRunner implements JobRunner {
  async run<Kind extends WorkerJobKind>(kind: Kind, input: WorkerJobs[Kind]['input']): Promise<WorkerJobs[Kind]['result']> {
    try {
      return await runWorkerJob(kind, input)
    } catch (error) {
      throw reviveJobError(serializeJobError(error))
    }
  }
}
