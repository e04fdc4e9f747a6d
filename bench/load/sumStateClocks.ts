import type { BenchClient } from './BenchClient'

/** How many items a client's document holds, over all writers: the sum of its state vector. */
export function sumStateClocks(client: BenchClient): number {
  let total = 0
  for (const clock of client.yjs.decodeStateVector(client.yjs.encodeStateVector(client.ydoc)).values()) total += clock
  return total
}
