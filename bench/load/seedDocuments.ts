import type { ClientTarget } from './ClientTarget'
import { connectClients } from './connectClients'
import { createBenchClient } from './createBenchClient'
import { now } from './now'
import { waitForContent } from './waitForContent'

export interface SeedCommand {
  target: ClientTarget
  documents: { id: string; update: Uint8Array }[]
  expectedClockTotal: number
}

export interface SeedResult {
  milliseconds: number
}

/**
 * Gives a peer server its documents the way a client would: a synced client applies the content as one
 * Yjs update, and a second client must then receive all of it, so the server is known to hold it.
 */
export async function seedDocuments(command: SeedCommand): Promise<SeedResult> {
  const started = now()
  for (const document of command.documents) {
    const [writer] = await connectClients(command.target, [document.id], { concurrency: 1, timeoutMs: 30_000 })
    const reader = await createBenchClient(command.target, document.id)
    try {
      writer!.yjs.applyUpdate(writer!.ydoc, document.update)
      await reader.whenSynced(30_000)
      await waitForContent(reader, command.expectedClockTotal, 60_000)
    } finally {
      reader.destroy()
      writer!.destroy()
    }
  }
  return { milliseconds: now() - started }
}
