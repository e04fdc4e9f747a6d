import type { BenchClient } from './BenchClient'
import type { ClientTarget } from './ClientTarget'
import { createBenchClient } from './createBenchClient'

/**
 * One synced client per entry of `documentIds` (repeat an id for several clients on one document),
 * `concurrency` connecting at a time. If any fails, all are destroyed and the error is thrown.
 */
export async function connectClients(target: ClientTarget, documentIds: string[], options: { concurrency: number; timeoutMs: number }): Promise<BenchClient[]> {
  const clients: BenchClient[] = new Array<BenchClient>(documentIds.length)
  let next = 0
  const worker = async () => {
    while (next < documentIds.length) {
      const index = next++
      const client = await createBenchClient(target, documentIds[index]!)
      clients[index] = client
      await client.whenSynced(options.timeoutMs)
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, documentIds.length) }, worker))
  } catch (error) {
    for (const client of clients) client?.destroy()
    throw error
  }
  return clients
}
