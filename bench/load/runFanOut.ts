import type * as Y from 'yjs'
import { coreBusyPercent } from '../process/coreBusyPercent'
import { readCoreTicks } from '../process/readCoreTicks'
import { readProcessCpuSeconds } from '../process/readProcessCpuSeconds'
import { readProcessRssBytes } from '../process/readProcessRssBytes'
import type { LatencySummary } from '../stats/LatencySummary'
import { summarizeLatencies } from '../stats/summarizeLatencies'
import type { BenchClient } from './BenchClient'
import type { ClientTarget } from './ClientTarget'
import { connectClients } from './connectClients'
import { delay } from './delay'
import { now } from './now'

export interface FanOutCommand {
  target: ClientTarget
  documentIds: string[]
  clientsPerDocument: number
  typersPerDocument: number
  updatesPerSecond: number
  warmupMs: number
  durationMs: number
  serverPid: number
}

export interface FanOutResult {
  latency: LatencySummary
  sentKeystrokes: number
  expectedReceipts: number
  receivedReceipts: number
  /** Server CPU over the measured window, in percent of one core. */
  serverCpuPercent: number
  /** This process's CPU over the measured window, in percent of one core: near 100 means the load generator was the bottleneck. */
  loadGeneratorCpuPercent: number
  /** How busy each core was over the measured window, counting every process on the machine. */
  coreBusyPercent: number[]
  serverRssBytes: number
  connectMilliseconds: number
}

/** What a keystroke writes beside the character: when it was sent, and whether it falls in the measured window. */
interface SendStamp {
  sentAt: number
  measured: boolean
}

const letters = 'abcdefghijklmnopqrstuvwxyz '
const drainTimeoutMs = 5_000

/**
 * Fan-out latency: in each document, `typersPerDocument` of its clients type one character per tick into
 * their own paragraph (a Y.XmlText in the 'default' fragment, as the editor's would be) and move their
 * caret through awareness. The send time is kept in this process under the id of the inserted character;
 * every other client notes, when that character arrives, receive − send. All clients live in this process,
 * so both times come from one clock, and the document holds nothing but concept content (which our server
 * checks against its schema).
 */
export async function runFanOut(command: FanOutCommand): Promise<FanOutResult> {
  const connectStarted = now()
  const placement = command.documentIds.flatMap((documentId) => Array.from({ length: command.clientsPerDocument }, () => documentId))
  const clients = await connectClients(command.target, placement, { concurrency: 25, timeoutMs: 60_000 })
  const connectMilliseconds = now() - connectStarted
  const samples: number[] = []
  const timers: NodeJS.Timeout[] = []
  try {
    // All clients live in this process: a keystroke's send time is kept here, under the id of the character it inserts.
    const stamps = new Map<string, SendStamp>()
    for (const client of clients) {
      client.ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
        if (transaction.local) return
        const receivedAt = now()
        for (const [author, clock] of transaction.afterState) {
          const before = transaction.beforeState.get(author) ?? 0
          for (let inserted = before; inserted < clock; inserted++) {
            const stamp = stamps.get(`${author}:${inserted}`)
            if (stamp?.measured) samples.push(receivedAt - stamp.sentAt)
          }
        }
      })
    }
    const typers: { client: BenchClient; text: Y.XmlText }[] = []
    for (let documentIndex = 0; documentIndex < command.documentIds.length; documentIndex++) {
      for (let typerIndex = 0; typerIndex < command.typersPerDocument; typerIndex++) {
        const client = clients[documentIndex * command.clientsPerDocument + typerIndex]!
        const paragraph = new client.yjs.XmlElement('paragraph')
        const text = new client.yjs.XmlText()
        paragraph.insert(0, [text])
        client.ydoc.getXmlFragment('default').push([paragraph])
        typers.push({ client, text })
      }
    }
    await delay(1_000)

    let measuring = false
    let sentKeystrokes = 0
    const intervalMs = 1_000 / command.updatesPerSecond
    for (const { client, text } of typers) {
      let typed = 0
      const type = () => {
        const position = text.length
        const measured = measuring
        const clock = client.yjs.getState(client.ydoc.store, client.ydoc.clientID)
        stamps.set(`${client.ydoc.clientID}:${clock}`, { sentAt: now(), measured })
        text.insert(position, letters[typed++ % letters.length]!)
        client.setCursor(position + 1)
        if (measured) sentKeystrokes++
      }
      // Spread the typers over the interval, as people do not type in step.
      timers.push(setTimeout(() => timers.push(setInterval(type, intervalMs)), Math.random() * intervalMs))
    }

    await delay(command.warmupMs)
    measuring = true
    const windowStarted = performance.now()
    const serverCpuStart = readProcessCpuSeconds(command.serverPid)
    const ownCpuStart = process.cpuUsage()
    const coresStart = readCoreTicks()
    await delay(command.durationMs)
    measuring = false
    const windowSeconds = (performance.now() - windowStarted) / 1_000
    const serverCpuSeconds = readProcessCpuSeconds(command.serverPid) - serverCpuStart
    const ownCpu = process.cpuUsage(ownCpuStart)
    const cores = coreBusyPercent(coresStart, readCoreTicks())
    const serverRssBytes = readProcessRssBytes(command.serverPid)
    for (const timer of timers) clearInterval(timer)

    const expectedReceipts = sentKeystrokes * (command.clientsPerDocument - 1)
    const drainStarted = performance.now()
    while (samples.length < expectedReceipts && performance.now() - drainStarted < drainTimeoutMs) await delay(50)

    return {
      latency: summarizeLatencies(samples),
      sentKeystrokes,
      expectedReceipts,
      receivedReceipts: samples.length,
      serverCpuPercent: (serverCpuSeconds / windowSeconds) * 100,
      loadGeneratorCpuPercent: ((ownCpu.user + ownCpu.system) / 1e6 / windowSeconds) * 100,
      coreBusyPercent: cores,
      serverRssBytes,
      connectMilliseconds,
    }
  } finally {
    for (const timer of timers) clearInterval(timer)
    for (const client of clients) client.destroy()
    await delay(1_000)
  }
}
