import { readProcessRssBytes } from '../process/readProcessRssBytes'
import type { ClientTarget } from './ClientTarget'
import { connectClients } from './connectClients'
import { delay } from './delay'
import { now } from './now'

export interface ConnectCyclesCommand {
  target: ClientTarget
  documentId: string
  cycles: number
  /** Clients connected at once; each round connects this many, waits for their sync, then closes them. */
  concurrency: number
  serverPid: number
  settleMs: number
  timeLimitMs: number
}

export interface ConnectCyclesResult {
  cycles: number
  rssBeforeBytes: number
  rssAfterBytes: number
  milliseconds: number
}

/** Memory after many connect/disconnect cycles: rounds of clients that connect, sync and leave again. */
export async function runConnectCycles(command: ConnectCyclesCommand): Promise<ConnectCyclesResult> {
  const rssBeforeBytes = readProcessRssBytes(command.serverPid)
  const started = now()
  let cycles = 0
  while (cycles < command.cycles && now() - started < command.timeLimitMs) {
    const round = Math.min(command.concurrency, command.cycles - cycles)
    const clients = await connectClients(command.target, Array.from({ length: round }, () => command.documentId), { concurrency: round, timeoutMs: 30_000 })
    for (const client of clients) client.destroy()
    cycles += round
  }
  const milliseconds = now() - started
  await delay(command.settleMs)
  return { cycles, rssBeforeBytes, rssAfterBytes: readProcessRssBytes(command.serverPid), milliseconds }
}
