import type { BenchClient } from './BenchClient'
import type { ClientTarget } from './ClientTarget'
import { createBenchClient } from './createBenchClient'
import { now } from './now'
import { waitForContent } from './waitForContent'

export interface ColdOpenCommand {
  target: ClientTarget
  documentId: string
  expectedClockTotal: number
}

export interface ColdOpenResult {
  /** From creating the provider to its first "synced". */
  syncedMilliseconds: number
  /** From creating the provider to holding the whole document: the server's load plus the initial sync. */
  contentMilliseconds: number
  /** The same for a second fresh client while the document is loaded. */
  warmContentMilliseconds: number
}

/** Cold open of a stored document by a fresh client, right after a server restart; then a warm open beside it. */
export async function measureColdOpen(command: ColdOpenCommand): Promise<ColdOpenResult> {
  const clients: BenchClient[] = []
  try {
    const started = now()
    const cold = await createBenchClient(command.target, command.documentId)
    clients.push(cold)
    await cold.whenSynced(120_000)
    const syncedMilliseconds = now() - started
    await waitForContent(cold, command.expectedClockTotal, 120_000)
    const contentMilliseconds = now() - started

    const warmStarted = now()
    const warm = await createBenchClient(command.target, command.documentId)
    clients.push(warm)
    await warm.whenSynced(120_000)
    await waitForContent(warm, command.expectedClockTotal, 120_000)
    return { syncedMilliseconds, contentMilliseconds, warmContentMilliseconds: now() - warmStarted }
  } finally {
    for (const client of clients) client.destroy()
  }
}
