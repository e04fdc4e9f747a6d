import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ServiceUnavailableError } from '../errors/ServiceUnavailableError'
import type { Logger } from '../logging/Logger'
import type { JobOptions, JobRunner } from './JobRunner'
import { reviveJobError } from './reviveJobError'
import type { WorkerJobKind, WorkerJobs } from './WorkerJobs'
import type { PoolWorkerData, WorkerRequest, WorkerResponse } from './WorkerMessages'

export interface WorkerPoolOptions {
  logger: Logger
  /** Worker threads at most; by default one less than the cores, at least 1 and at most 4. */
  threads?: number
  /** Heap limit of each worker (V8 old generation, MB): a job beyond it ends its worker, never the server. */
  maxMemoryMb?: number
  /** A job that runs longer is stopped together with its worker (counted from when the worker has loaded). */
  jobTimeoutMs?: number
  /** A worker that has not loaded after this long is ended, and its job fails. */
  startupTimeoutMs?: number
  /** An idle worker ends after this long and gives its memory back. */
  idleTimeoutMs?: number
  /** Jobs waiting for a worker at most; more are refused with 503. */
  maxQueuedJobs?: number
  /** The workers' entry module; by default workerMain beside this file (.ts from the sources, .js when compiled). */
  entry?: URL
  /**
   * Nice value of the worker threads (Linux; default 10, 0 keeps the server's): when the cores are busy, the
   * event loop that carries everyone's typing runs before a long export or import.
   */
  niceness?: number
}

interface PendingJob {
  id: number
  kind: WorkerJobKind
  input: unknown
  resolve(result: unknown): void
  reject(error: Error): void
  /** Stops listening for the request going away. */
  detach(): void
}

interface PoolWorker {
  worker: Worker
  /** Loaded and taking jobs: from then on a job's time counts. */
  ready: boolean
  job: PendingJob | null
  jobTimer: NodeJS.Timeout | null
  idleTimer: NodeJS.Timeout | null
  startupTimer: NodeJS.Timeout | null
}

const retryAfterSeconds = 5

/**
 * A small, bounded pool of worker threads for the heavy work: each worker runs one job at a time, jobs queue
 * in order. Workers start on demand and end when idle. A worker that crashes, runs out of memory or
 * overruns the job timeout is ended and later replaced; only its own job fails (ServiceUnavailableError).
 */
export class WorkerPool implements JobRunner {
  private readonly workers = new Set<PoolWorker>()
  private readonly queue: PendingJob[] = []
  private readonly threads: number
  private readonly maxMemoryMb: number
  private readonly jobTimeoutMs: number
  private readonly startupTimeoutMs: number
  private readonly idleTimeoutMs: number
  private readonly maxQueuedJobs: number
  private readonly entry: URL
  private readonly niceness: number
  private nextJobId = 1
  private closed = false

  constructor(private readonly options: WorkerPoolOptions) {
    this.threads = Math.max(1, options.threads ?? Math.min(4, os.availableParallelism() - 1))
    this.maxMemoryMb = options.maxMemoryMb ?? 1024
    this.jobTimeoutMs = options.jobTimeoutMs ?? 120_000
    this.startupTimeoutMs = options.startupTimeoutMs ?? 60_000
    this.idleTimeoutMs = options.idleTimeoutMs ?? 30_000
    this.maxQueuedJobs = options.maxQueuedJobs ?? 64
    this.niceness = options.niceness ?? 10
    this.entry = options.entry ?? new URL(`./workerMain${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url)
  }

  run<Kind extends WorkerJobKind>(kind: Kind, input: WorkerJobs[Kind]['input'], options: JobOptions = {}): Promise<WorkerJobs[Kind]['result']> {
    if (this.closed) return Promise.reject(new ServiceUnavailableError('Der Server wird gerade beendet. Bitte gleich erneut versuchen.', retryAfterSeconds))
    if (this.queue.length >= this.maxQueuedJobs) {
      return Promise.reject(new ServiceUnavailableError('Der Server ist gerade ausgelastet. Bitte in einigen Sekunden erneut versuchen.', retryAfterSeconds))
    }
    const { signal } = options
    if (signal?.aborted) return Promise.reject(new ServiceUnavailableError('Die Anfrage wurde abgebrochen.', retryAfterSeconds))
    return new Promise((resolve, reject) => {
      const job: PendingJob = {
        id: this.nextJobId++,
        kind,
        input,
        resolve: (result) => {
          job.detach()
          resolve(result as WorkerJobs[Kind]['result'])
        },
        reject: (error) => {
          job.detach()
          reject(error)
        },
        detach: () => signal?.removeEventListener('abort', dropIfWaiting),
      }
      // A job nobody waits for any more gives up its place in the queue (and so its requester's slot).
      const dropIfWaiting = () => {
        const index = this.queue.indexOf(job)
        if (index === -1) return
        this.queue.splice(index, 1)
        job.reject(new ServiceUnavailableError('Die Anfrage wurde abgebrochen.', retryAfterSeconds))
      }
      signal?.addEventListener('abort', dropIfWaiting, { once: true })
      this.queue.push(job)
      this.dispatch()
    })
  }

  /** Refuses queued jobs and ends every worker; running jobs fail with ServiceUnavailableError. */
  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(new ServiceUnavailableError('Der Server wird gerade beendet. Bitte gleich erneut versuchen.', retryAfterSeconds))
    await Promise.all([...this.workers].map((poolWorker) => this.end(poolWorker, new ServiceUnavailableError('Der Server wird gerade beendet. Bitte gleich erneut versuchen.', retryAfterSeconds))))
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const poolWorker = this.findIdleWorker() ?? (this.workers.size < this.threads ? this.spawn() : null)
      if (!poolWorker) return
      this.start(poolWorker, this.queue.shift()!)
    }
  }

  private findIdleWorker(): PoolWorker | null {
    for (const poolWorker of this.workers) if (!poolWorker.job) return poolWorker
    return null
  }

  private spawn(): PoolWorker {
    const settings = { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: this.maxMemoryMb }, workerData: { entry: this.entry.href, niceness: this.niceness } satisfies PoolWorkerData }
    const worker = this.entry.pathname.endsWith('.ts') ? new Worker(new URL('./loadTypeScriptWorker.mjs', import.meta.url), settings) : new Worker(this.entry, settings)
    const poolWorker: PoolWorker = { worker, ready: false, job: null, jobTimer: null, idleTimer: null, startupTimer: null }
    poolWorker.startupTimer = setTimeout(() => this.fail(poolWorker, new Error(`worker did not load within ${this.startupTimeoutMs} ms`)), this.startupTimeoutMs)
    worker.on('message', (response: WorkerResponse) => ('ready' in response ? this.markReady(poolWorker) : this.finish(poolWorker, response)))
    // An uncaught error, an exhausted heap or an exit: the worker is gone, its job with it.
    worker.on('error', (error) => this.fail(poolWorker, error))
    worker.on('exit', (code) => this.fail(poolWorker, new Error(`worker exited with code ${code}`)))
    this.workers.add(poolWorker)
    return poolWorker
  }

  private start(poolWorker: PoolWorker, job: PendingJob): void {
    if (poolWorker.idleTimer) clearTimeout(poolWorker.idleTimer)
    poolWorker.idleTimer = null
    poolWorker.job = job
    poolWorker.worker.ref()
    // Jobs sent before the worker has loaded wait in its port; their time counts once it is ready.
    if (poolWorker.ready) this.startJobTimer(poolWorker)
    try {
      poolWorker.worker.postMessage({ id: job.id, kind: job.kind, input: job.input } satisfies WorkerRequest)
    } catch (error) {
      // Input that cannot be cloned never reached the worker, which stays usable.
      this.settle(poolWorker)
      job.reject(error instanceof Error ? error : new Error(String(error)))
      this.dispatch()
    }
  }

  private markReady(poolWorker: PoolWorker): void {
    poolWorker.ready = true
    if (poolWorker.startupTimer) clearTimeout(poolWorker.startupTimer)
    poolWorker.startupTimer = null
    if (poolWorker.job) this.startJobTimer(poolWorker)
  }

  private startJobTimer(poolWorker: PoolWorker): void {
    poolWorker.jobTimer = setTimeout(() => this.timeOut(poolWorker), this.jobTimeoutMs)
  }

  private finish(poolWorker: PoolWorker, response: Exclude<WorkerResponse, { ready: true }>): void {
    const job = poolWorker.job
    if (!job || job.id !== response.id) return
    this.settle(poolWorker)
    if ('error' in response) job.reject(reviveJobError(response.error))
    else job.resolve(response.result)
    this.dispatch()
  }

  // The worker is free again: idle, not keeping the process alive, ended after the idle timeout.
  private settle(poolWorker: PoolWorker): void {
    if (poolWorker.jobTimer) clearTimeout(poolWorker.jobTimer)
    poolWorker.jobTimer = null
    poolWorker.job = null
    poolWorker.worker.unref()
    poolWorker.idleTimer = setTimeout(() => void this.end(poolWorker, null), this.idleTimeoutMs)
    poolWorker.idleTimer.unref()
  }

  private fail(poolWorker: PoolWorker, error: Error): void {
    if (!this.workers.has(poolWorker)) return
    const job = poolWorker.job
    if (job) this.options.logger.error('worker failed during a job', { kind: job.kind, error })
    else this.options.logger.warn('idle worker ended', { error })
    void this.end(poolWorker, new ServiceUnavailableError('Die Verarbeitung ist abgebrochen (zu groß oder fehlerhaft). Bitte später erneut versuchen.', retryAfterSeconds))
    this.dispatch()
  }

  private timeOut(poolWorker: PoolWorker): void {
    if (!this.workers.has(poolWorker) || !poolWorker.job) return
    this.options.logger.warn('worker job timed out', { kind: poolWorker.job.kind, milliseconds: this.jobTimeoutMs })
    void this.end(poolWorker, new ServiceUnavailableError('Die Verarbeitung hat zu lange gedauert und wurde abgebrochen. Bitte später erneut versuchen.', retryAfterSeconds))
    this.dispatch()
  }

  // Removed from the pool first, so that the exit this causes is not taken for a crash.
  private async end(poolWorker: PoolWorker, jobError: Error | null): Promise<void> {
    if (!this.workers.delete(poolWorker)) return
    for (const timer of [poolWorker.jobTimer, poolWorker.idleTimer, poolWorker.startupTimer]) if (timer) clearTimeout(timer)
    const job = poolWorker.job
    poolWorker.job = null
    if (job) job.reject(jobError ?? new ServiceUnavailableError('Die Verarbeitung ist abgebrochen. Bitte später erneut versuchen.', retryAfterSeconds))
    await poolWorker.worker.terminate()
  }
}
