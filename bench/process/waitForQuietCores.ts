import { coreBusyPercent } from './coreBusyPercent'
import { readCoreTicks } from './readCoreTicks'

/**
 * Waits (at most `maxWaitMs`) until no core was busier than `busyPercent` over a one-second sample: the
 * machine may be shared, and a measurement should not start in the middle of someone else's burst.
 * Returns how long it waited and the last sample.
 */
export async function waitForQuietCores(busyPercent: number, maxWaitMs: number): Promise<{ waitedMs: number; lastBusyPercent: number[] }> {
  const started = performance.now()
  for (;;) {
    const before = readCoreTicks()
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const busy = coreBusyPercent(before, readCoreTicks())
    const waitedMs = performance.now() - started
    if (busy.every((percent) => percent <= busyPercent) || waitedMs >= maxWaitMs) return { waitedMs, lastBusyPercent: busy }
  }
}
