import type { CoreTicks } from './readCoreTicks'

/** How busy each core was between two readings of readCoreTicks, in percent. */
export function coreBusyPercent(before: CoreTicks[], after: CoreTicks[]): number[] {
  return after.map((end, core) => {
    const start = before[core] ?? { busy: 0, total: 0 }
    const total = end.total - start.total
    return total > 0 ? ((end.busy - start.busy) / total) * 100 : 0
  })
}
