/** How heavy work (imports, comparisons, exports) runs: in worker threads, limited per account, results cached. */
export interface WorkerSettings {
  /** Worker threads; by default one less than the cores, at least 1 and at most 4. */
  threads: number
  /** Heap limit per worker in MB (default 1024): a job beyond it fails alone, with 503. */
  maxMemoryMb: number
  /** A job running longer is stopped with 503 (default 120 s). */
  jobTimeoutMs: number
  /** Jobs one account may have running or queued at once (default 2); more are refused with 429. */
  perUser: number
  /** Bytes of comparisons and exported files kept for repeated requests (default 64 MB). */
  cacheBytes: number
}
