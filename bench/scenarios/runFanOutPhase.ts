import type { LoadGenerator } from '../load/LoadGenerator'
import { waitForQuietCores } from '../process/waitForQuietCores'
import { attempt } from './attempt'
import type { BenchSettings } from './BenchSettings'
import type { FanOutScenario } from './FanOutScenario'
import type { MeasuredServer } from './MeasuredServer'

/**
 * Fan-out latency, scenario by scenario, each scenario on every server back to back (the order rotating
 * from one scenario to the next), so that a shared machine's load drifts over all servers alike.
 */
export async function runFanOutPhase(servers: MeasuredServer[], loadGenerator: LoadGenerator, scenarios: readonly FanOutScenario[], settings: BenchSettings): Promise<void> {
  for (const [scenarioIndex, scenario] of scenarios.entries()) {
    const order = servers.map((_, index) => servers[(index + scenarioIndex) % servers.length]!)
    for (const { server, documents, results } of order) {
      const quiet = await waitForQuietCores(settings.quietBusyPercent, settings.quietMaxWaitSeconds * 1_000)
      const outcome = await attempt(`fan-out, ${scenario.name}, ${server.label}`, () =>
        loadGenerator.run('fanOut', {
          target: server.clientTarget,
          documentIds: documents.fanOut[scenarioIndex]!,
          clientsPerDocument: scenario.clientsPerDocument,
          typersPerDocument: scenario.typersPerDocument,
          updatesPerSecond: settings.updatesPerSecond,
          warmupMs: settings.warmupSeconds * 1_000,
          durationMs: settings.scenarioSeconds * 1_000,
          serverPid: server.pid,
        }),
      )
      results.fanOut.push({ scenario, outcome, waitedForQuietMs: quiet.waitedMs })
    }
  }
}
