import { readProcessRssBytes } from '../process/readProcessRssBytes'
import type { BenchClient } from './BenchClient'
import type { ClientTarget } from './ClientTarget'
import { connectClients } from './connectClients'
import { delay } from './delay'
import { now } from './now'
import { waitForContent } from './waitForContent'

export interface MemoryCommand {
  target: ClientTarget
  /** Opened and closed once first, so that the baseline includes what any first document costs. */
  warmupDocumentId: string
  documentIds: string[]
  expectedClockTotal: number
  serverPid: number
  settleMs: number
}

export interface MemoryResult {
  baselineRssBytes: number
  loadedRssBytes: number
  perDocumentBytes: number
  documents: number
  openMilliseconds: number
}

/** RSS per loaded document: server RSS with one client on each of N stored documents, minus the baseline, over N. */
export async function measureDocumentMemory(command: MemoryCommand): Promise<MemoryResult> {
  const [warmup] = await connectClients(command.target, [command.warmupDocumentId], { concurrency: 1, timeoutMs: 30_000 })
  await waitForContent(warmup!, command.expectedClockTotal, 60_000).finally(() => warmup!.destroy())
  await delay(command.settleMs)
  const baselineRssBytes = readProcessRssBytes(command.serverPid)

  const started = now()
  let clients: BenchClient[] = []
  try {
    clients = await connectClients(command.target, command.documentIds, { concurrency: 10, timeoutMs: 60_000 })
    await Promise.all(clients.map((client) => waitForContent(client, command.expectedClockTotal, 60_000)))
    const openMilliseconds = now() - started
    await delay(command.settleMs)
    const loadedRssBytes = readProcessRssBytes(command.serverPid)
    return {
      baselineRssBytes,
      loadedRssBytes,
      perDocumentBytes: (loadedRssBytes - baselineRssBytes) / command.documentIds.length,
      documents: command.documentIds.length,
      openMilliseconds,
    }
  } finally {
    for (const client of clients) client.destroy()
  }
}
