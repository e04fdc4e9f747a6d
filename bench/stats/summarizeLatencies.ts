import type { LatencySummary } from './LatencySummary'

/** p50, p99 (nearest rank), max and mean of `samples`; all zero for no samples. */
export function summarizeLatencies(samples: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(samples).sort()
  const count = sorted.length
  if (count === 0) return { count: 0, p50: 0, p99: 0, max: 0, mean: 0 }
  const rank = (fraction: number) => sorted[Math.min(count - 1, Math.max(0, Math.ceil(fraction * count) - 1))]!
  let sum = 0
  for (const value of sorted) sum += value
  return { count, p50: rank(0.5), p99: rank(0.99), max: sorted[count - 1]!, mean: sum / count }
}
