import type { CachedComparison } from './CachedComparison'

interface RunningComparison {
  result: Promise<CachedComparison>
  /** Requests waiting for it that can still go away; one that cannot (no signal) keeps it wanted for good. */
  waiting: number
  wantedForGood: boolean
  controller: AbortController
}

/**
 * Comparisons being computed, by their cache key: a request for a comparison that is already running waits
 * for that job instead of starting another (a committee's members opening the same Synopse at once run it
 * once). The job's signal fires only when every request waiting for it has gone away, so a job still queued
 * gives up its place then, and never while someone still waits for it.
 */
export class SharedComparisons {
  private readonly running = new Map<string, RunningComparison>()

  /** The running comparison `key`, or the one `start` begins (with a signal for "nobody waits any more"). */
  join(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<CachedComparison>): Promise<CachedComparison> {
    let entry = this.running.get(key)
    // A job everybody left may still be settling: it is not joined, a new one starts.
    if (!entry || entry.controller.signal.aborted) {
      const controller = new AbortController()
      const created: RunningComparison = { result: start(controller.signal), waiting: 0, wantedForGood: false, controller }
      const forget = () => {
        if (this.running.get(key) === created) this.running.delete(key)
      }
      created.result.then(forget, forget)
      this.running.set(key, created)
      entry = created
    }
    this.wait(entry, signal)
    return entry.result
  }

  private wait(entry: RunningComparison, signal: AbortSignal | undefined): void {
    if (!signal) {
      entry.wantedForGood = true
      return
    }
    if (signal.aborted) {
      this.leave(entry)
      return
    }
    entry.waiting += 1
    signal.addEventListener(
      'abort',
      () => {
        entry.waiting -= 1
        this.leave(entry)
      },
      { once: true },
    )
  }

  private leave(entry: RunningComparison): void {
    if (entry.waiting === 0 && !entry.wantedForGood) entry.controller.abort()
  }
}
