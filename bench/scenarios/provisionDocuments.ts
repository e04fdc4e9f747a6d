import { randomUUID } from 'node:crypto'
import type { ConceptContent } from '../concept/ConceptContent'
import type { LoadGenerator } from '../load/LoadGenerator'
import type { BenchServer } from '../servers/BenchServer'
import { FassungBenchServer } from '../servers/FassungBenchServer'
import type { DocumentSet } from './DocumentSet'
import type { FanOutScenario } from './FanOutScenario'

export interface ProvisionedDocuments {
  documents: DocumentSet
  milliseconds: number
  /** Our server only: POST /api/documents/import of the 200-page concept. */
  longImportMilliseconds?: number
}

/**
 * Creates every document a server is measured on: on ours through its API (create; import from text),
 * on the peers by name, their content given by a client (see seedDocuments) — the same Yjs content either way.
 */
export async function provisionDocuments(
  server: BenchServer,
  loadGenerator: LoadGenerator,
  plan: { scenarios: readonly FanOutScenario[]; memoryDocuments: number; concept: ConceptContent; longConcept: ConceptContent },
): Promise<ProvisionedDocuments> {
  const started = performance.now()
  if (server instanceof FassungBenchServer) {
    const api = server.api
    const fanOut: string[][] = []
    for (const scenario of plan.scenarios) {
      const ids: string[] = []
      for (let index = 0; index < scenario.documents; index++) ids.push(await api.createDocument(`${scenario.name} #${index + 1}`))
      fanOut.push(ids)
    }
    const warmup = (await api.importConcept(plan.concept.text, plan.concept.title)).id
    const memory: string[] = []
    for (let index = 0; index < plan.memoryDocuments; index++) memory.push((await api.importConcept(plan.concept.text, `${plan.concept.title} ${index + 1}`)).id)
    const long = await api.importConcept(plan.longConcept.text, plan.longConcept.title)
    return { documents: { fanOut, warmup, memory, longConcept: long.id }, milliseconds: performance.now() - started, longImportMilliseconds: long.milliseconds }
  }

  const run = randomUUID().slice(0, 8)
  const fanOut = plan.scenarios.map((scenario, scenarioIndex) => Array.from({ length: scenario.documents }, (_, index) => `fanout-${run}-${scenarioIndex}-${index}`))
  const warmup = `concept-${run}-warmup`
  const memory = Array.from({ length: plan.memoryDocuments }, (_, index) => `concept-${run}-${index}`)
  const longConcept = `long-concept-${run}`
  await loadGenerator.run('seed', {
    target: server.clientTarget,
    documents: [warmup, ...memory].map((id) => ({ id, update: plan.concept.update })),
    expectedClockTotal: plan.concept.clockTotal,
  })
  await loadGenerator.run('seed', { target: server.clientTarget, documents: [{ id: longConcept, update: plan.longConcept.update }], expectedClockTotal: plan.longConcept.clockTotal })
  return { documents: { fanOut, warmup, memory, longConcept }, milliseconds: performance.now() - started }
}
