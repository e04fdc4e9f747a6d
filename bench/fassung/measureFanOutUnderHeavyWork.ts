import type { FanOutResult } from '../load/runFanOut'
import type { LoadGenerator } from '../load/LoadGenerator'
import type { BenchSettings } from '../scenarios/BenchSettings'
import type { FassungBenchServer } from '../servers/FassungBenchServer'
import { pinProcessToCore } from '../setup/pinProcessToCore'
import { unpinProcess } from '../setup/unpinProcess'
import type { FassungApi } from './FassungApi'

export interface HeavyRequestCount {
  route: string
  calls: number
  /** Answers other than 2xx, e.g. 429 when the per-account limit was reached. */
  refused: number
}

export interface FanOutUnderHeavyWorkResult {
  quiet: FanOutResult
  loaded: FanOutResult
  heavy: HeavyRequestCount[]
}

/**
 * Fan-out in one document with 20 clients, once on its own and once while another session imports, compares
 * and exports the 200-page concept without pause: how much the heavy work (which runs in worker threads)
 * slows down everyone's typing. For both runs the server may use every core, as in production, where its
 * workers run beside the event loop rather than on the same core.
 */
export async function measureFanOutUnderHeavyWork(
  server: FassungBenchServer,
  loadGenerator: LoadGenerator,
  options: { fanOutDocumentId: string; longDocumentId: string; longText: string; settings: BenchSettings },
): Promise<FanOutUnderHeavyWorkResult> {
  const { fanOutDocumentId, longDocumentId, longText, settings } = options
  unpinProcess(server.pid)
  try {
    return await measureBothRuns(server, loadGenerator, { fanOutDocumentId, longDocumentId, longText, settings })
  } finally {
    pinProcessToCore(server.pid, settings.serverCore)
  }
}

async function measureBothRuns(
  server: FassungBenchServer,
  loadGenerator: LoadGenerator,
  { fanOutDocumentId, longDocumentId, longText, settings }: { fanOutDocumentId: string; longDocumentId: string; longText: string; settings: BenchSettings },
): Promise<FanOutUnderHeavyWorkResult> {
  const fanOut = () =>
    loadGenerator.run('fanOut', {
      target: server.clientTarget,
      documentIds: [fanOutDocumentId],
      clientsPerDocument: 20,
      typersPerDocument: 2,
      updatesPerSecond: settings.updatesPerSecond,
      warmupMs: settings.warmupSeconds * 1_000,
      durationMs: settings.scenarioSeconds * 1_000,
      serverPid: server.pid,
    })
  const quiet = await fanOut()

  const documentPath = `/api/documents/${encodeURIComponent(longDocumentId)}`
  const fassung = await server.api.createFassung(longDocumentId, { name: 'Vergleichsstand', gremium: 'Ausschuss', date: '2025-05-01', status: 'Entwurf' })
  const routes: { route: string; call: (api: FassungApi) => Promise<number> }[] = [
    { route: 'POST /api/documents/import (200 pages)', call: async (api) => (await api.request('POST', '/api/documents/import', { text: longText, title: 'Last-Import' })).status },
    { route: 'GET …/compare?from=<Fassung>&to=draft', call: async (api) => (await api.request('GET', `${documentPath}/compare?from=${encodeURIComponent(fassung.id)}&to=draft`)).status },
    { route: 'GET …/export?kind=concept&format=pdf', call: async (api) => (await api.request('GET', `${documentPath}/export?kind=concept&format=pdf&version=draft`)).status },
    { route: 'GET …/export?kind=concept&format=docx', call: async (api) => (await api.request('GET', `${documentPath}/export?kind=concept&format=docx&version=draft`)).status },
  ]
  const heavy = routes.map(({ route }) => ({ route, calls: 0, refused: 0 }))
  let running = true
  const worker = (async () => {
    for (let index = 0; running; index = (index + 1) % routes.length) {
      const status = await routes[index]!.call(server.api)
      heavy[index]!.calls += 1
      if (status < 200 || status >= 300) heavy[index]!.refused += 1
    }
  })()
  try {
    const loaded = await fanOut()
    return { quiet, loaded, heavy }
  } finally {
    running = false
    await worker
  }
}
