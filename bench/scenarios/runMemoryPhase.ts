import type { ConceptContent } from '../concept/ConceptContent'
import type { LoadGenerator } from '../load/LoadGenerator'
import { attempt } from './attempt'
import type { BenchSettings } from './BenchSettings'
import type { MeasuredServer } from './MeasuredServer'

const settleMs = 2_000

/** Per server, after a restart: RSS per loaded document, then RSS after the connect/disconnect cycles. */
export async function runMemoryPhase(servers: MeasuredServer[], loadGenerator: LoadGenerator, concept: ConceptContent, settings: BenchSettings): Promise<void> {
  for (const { server, documents, results } of servers) {
    await server.restart()
    results.memory = await attempt(`RSS per loaded document (${documents.memory.length} documents), ${server.label}`, () =>
      loadGenerator.run('memory', {
        target: server.clientTarget,
        warmupDocumentId: documents.warmup,
        documentIds: documents.memory,
        expectedClockTotal: concept.clockTotal,
        serverPid: server.pid,
        settleMs,
      }),
    )
    results.cycles = await attempt(`${settings.connectCycles} connect/disconnect cycles, ${server.label}`, () =>
      loadGenerator.run('connectCycles', {
        target: server.clientTarget,
        documentId: documents.warmup,
        cycles: settings.connectCycles,
        concurrency: settings.cycleConcurrency,
        serverPid: server.pid,
        settleMs,
        timeLimitMs: 180_000,
      }),
    )
  }
}
