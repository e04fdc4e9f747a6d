/** Percentiles of a set of latencies, in milliseconds. */
export interface LatencySummary {
  count: number
  p50: number
  p99: number
  max: number
  mean: number
}
