import type { ConceptContent } from '../concept/ConceptContent'
import type { LoadGenerator } from '../load/LoadGenerator'
import { attempt } from './attempt'
import type { MeasuredServer } from './MeasuredServer'

/** Per server: restart, so the 200-page concept is on disk only, then a fresh client opens it. */
export async function runColdOpenPhase(servers: MeasuredServer[], loadGenerator: LoadGenerator, longConcept: ConceptContent): Promise<void> {
  for (const { server, documents, results } of servers) {
    await server.restart()
    results.coldOpen = await attempt(`cold open of the 200-page concept, ${server.label}`, () =>
      loadGenerator.run('coldOpen', { target: server.clientTarget, documentId: documents.longConcept, expectedClockTotal: longConcept.clockTotal }),
    )
  }
}
