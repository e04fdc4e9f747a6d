import { TooManyRequestsError } from '../errors/TooManyRequestsError'
import type { JobOptions, JobRunner } from './JobRunner'
import type { WorkerJobKind, WorkerJobs } from './WorkerJobs'

/**
 * Lets each account run at most `perUser` jobs at once (running or queued), so that one reader firing off
 * exports cannot occupy every worker; the excess is refused with TooManyRequestsError (429, Retry-After).
 */
export class UserConcurrencyLimit implements JobRunner {
  private readonly running = new Map<string, number>()

  constructor(
    private readonly runner: JobRunner,
    private readonly perUser: number,
    private readonly retryAfterSeconds = 5,
  ) {}

  async run<Kind extends WorkerJobKind>(kind: Kind, input: WorkerJobs[Kind]['input'], options: JobOptions = {}): Promise<WorkerJobs[Kind]['result']> {
    const { userId } = options
    if (userId === undefined) return this.runner.run(kind, input, options)
    const running = this.running.get(userId) ?? 0
    if (running >= this.perUser) {
      throw new TooManyRequestsError(
        `Für dieses Konto laufen schon ${running} Vergleiche, Exporte oder Importe. Bitte warten, bis sie fertig sind, und dann erneut versuchen.`,
        this.retryAfterSeconds,
      )
    }
    this.running.set(userId, running + 1)
    try {
      return await this.runner.run(kind, input, options)
    } finally {
      const left = (this.running.get(userId) ?? 1) - 1
      if (left > 0) this.running.set(userId, left)
      else this.running.delete(userId)
    }
  }
}
