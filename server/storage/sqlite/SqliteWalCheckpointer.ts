import { Worker } from 'node:worker_threads'
import type Database from 'better-sqlite3'
import type { Logger } from '../../logging/Logger'

/** SQLite's own threshold for an automatic checkpoint, in pages of the log. */
const defaultAutoCheckpointPages = 1000

export interface WalCheckpointOptions {
  /** How often the thread looks at the size of the log (default 250 ms). */
  checkIntervalMs?: number
  /** A log this long is checkpointed (default 4 MB, SQLite's 1000 pages). */
  thresholdBytes?: number
}

/**
 * Checkpoints a WAL-mode database from a worker thread with a connection of its own, instead of letting a
 * commit on the event loop do it: an automatic checkpoint copies some megabytes and waits for fsync, which
 * stalled everyone's typing for tens of milliseconds (every few imports of a long concept). Should the
 * thread fail, the connection on the event loop checkpoints by itself again, so the log never grows unbounded.
 */
export class SqliteWalCheckpointer {
  private readonly worker: Worker
  private readonly exited: Promise<void>
  private closing = false

  constructor(
    private readonly database: Database.Database,
    databaseFile: string,
    private readonly logger: Logger | undefined,
    { checkIntervalMs = 250, thresholdBytes = defaultAutoCheckpointPages * 4096 }: WalCheckpointOptions = {},
  ) {
    database.pragma('wal_autocheckpoint = 0')
    // A log started anew is cut back to what it holds, so that its file size tells the thread its length.
    database.pragma('journal_size_limit = 0')
    this.worker = new Worker(new URL('./walCheckpointWorker.mjs', import.meta.url), { workerData: { databaseFile, checkIntervalMs, thresholdBytes }, execArgv: [] })
    // Never what keeps the process alive.
    this.worker.unref()
    this.worker.on('error', (error) => this.fallBack(error))
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()))
    this.worker.once('exit', (code) => {
      if (!this.closing) this.fallBack(new Error(`checkpoint thread exited with code ${code}`))
    })
  }

  /** A last checkpoint, then the thread ends; call before closing the database. */
  async close(): Promise<void> {
    this.closing = true
    this.worker.ref()
    this.worker.postMessage('close')
    await this.exited
  }

  private fallBack(error: Error): void {
    this.logger?.error('the WAL checkpoint thread failed; the event loop checkpoints again', { error })
    if (!this.database.open) return
    this.database.pragma(`wal_autocheckpoint = ${defaultAutoCheckpointPages}`)
    this.database.pragma('journal_size_limit = -1')
  }
}
