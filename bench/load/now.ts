/** Milliseconds since the epoch with sub-millisecond resolution; comparable across all clients of one process. */
export function now(): number {
  return performance.timeOrigin + performance.now()
}
