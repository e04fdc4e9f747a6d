// `npm run bench`: measures our server beside @y/websocket-server and @hocuspocus/server on this machine
// and writes bench/results.md. Not part of `npm test`; takes about 10–15 minutes.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConceptContent } from './concept/buildConceptContent'
import { generateLongConcept } from './concept/generateLongConcept'
import { LoadGenerator } from './load/LoadGenerator'
import { readLoadAverage } from './machine/readLoadAverage'
import { readMachineInfo } from './machine/readMachineInfo'
import type { BenchResults } from './report/BenchResults'
import { renderResultsMarkdown } from './report/renderResultsMarkdown'
import type { BenchSettings } from './scenarios/BenchSettings'
import { fanOutScenarios } from './scenarios/fanOutScenarios'
import type { MeasuredServer } from './scenarios/MeasuredServer'
import { adoptServerContent } from './scenarios/adoptServerContent'
import { provisionDocuments } from './scenarios/provisionDocuments'
import { runColdOpenPhase } from './scenarios/runColdOpenPhase'
import { runFanOutPhase } from './scenarios/runFanOutPhase'
import { runFassungExtras } from './scenarios/runFassungExtras'
import { runMemoryPhase } from './scenarios/runMemoryPhase'
import type { ServerResults } from './scenarios/ServerResults'
import type { BenchServer } from './servers/BenchServer'
import { describeHocuspocusPeer } from './servers/describeHocuspocusPeer'
import { describeYWebsocketPeer } from './servers/describeYWebsocketPeer'
import { FassungBenchServer } from './servers/FassungBenchServer'
import { PeerBenchServer } from './servers/PeerBenchServer'
import { CleanupStack } from './setup/CleanupStack'
import { ensureClientBuilt } from './setup/ensureClientBuilt'
import { ensurePeersInstalled } from './setup/ensurePeersInstalled'
import { pinProcessToCore } from './setup/pinProcessToCore'
import { projectRoot } from './setup/projectRoot'

const settings: BenchSettings = {
  loadCore: 0,
  serverCore: 1,
  scenarioSeconds: Number(process.env['BENCH_SCENARIO_SECONDS'] ?? 15),
  warmupSeconds: 2,
  updatesPerSecond: 5,
  quietBusyPercent: 25,
  quietMaxWaitSeconds: 20,
  memoryDocuments: 50,
  connectCycles: 1_000,
  cycleConcurrency: 10,
  longConceptCharacters: 600_000,
  browserKeystrokes: 20,
}

interface ServerEntry {
  key: string
  label: string
  shortLabel: string
  clientLibrary: string
  start(dataDirectory: string, cleanup: CleanupStack): Promise<BenchServer>
}

/** Ours first: the ratios divide it by each of the others. BENCH_SERVERS=fassung,hocuspocus picks some. */
const serverEntries: ServerEntry[] = [
  {
    key: 'fassung',
    label: 'Fassung (this repository)',
    shortLabel: 'Fassung',
    clientLibrary: 'y-websocket WebsocketProvider (stock)',
    start: (dataDirectory, cleanup) => FassungBenchServer.start(dataDirectory, settings.serverCore, cleanup),
  },
  {
    key: 'y-websocket',
    label: '@y/websocket-server',
    shortLabel: 'y-websocket-server',
    clientLibrary: 'y-websocket WebsocketProvider (stock)',
    start: (dataDirectory, cleanup) => PeerBenchServer.start(describeYWebsocketPeer(dataDirectory), settings.serverCore, cleanup),
  },
  {
    key: 'hocuspocus',
    label: '@hocuspocus/server',
    shortLabel: 'Hocuspocus',
    clientLibrary: '@hocuspocus/provider 3.4.4 (stock), one websocket per client',
    start: (dataDirectory, cleanup) => PeerBenchServer.start(describeHocuspocusPeer(dataDirectory), settings.serverCore, cleanup),
  },
]

async function main(cleanup: CleanupStack): Promise<void> {
  const started = performance.now()
  const loadAverageAtStart = readLoadAverage()
  // This process (and Chromium, which inherits it) shares the load generator's core, never the server's.
  pinProcessToCore(process.pid, settings.loadCore)
  await ensurePeersInstalled()
  await ensureClientBuilt()

  const seedText = fs.readFileSync(path.join(projectRoot, 'tests/fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt'), 'utf8')
  // Built here as our importer builds it; replaced below by what our server actually stored, once it has.
  let concept = buildConceptContent(seedText, 'Integrationskonzept Rendsburg-Eckernförde')
  const longText = generateLongConcept(seedText, settings.longConceptCharacters)
  let longConcept = buildConceptContent(longText.text, 'Integrationskonzept, 200 Seiten')

  const workDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'fassung-bench-'))
  cleanup.add('remove the temporary data directories', () => fs.rmSync(workDirectory, { recursive: true, force: true }))
  const loadGenerator = await LoadGenerator.start(settings.loadCore, cleanup)

  const results: BenchResults = {
    machine: readMachineInfo(),
    settings,
    concept: { characters: 0, updateBytes: 0, longCharacters: 0, longUpdateBytes: 0, longTeilziele: 0 },
    servers: [],
    fassung: {},
    durationSeconds: 0,
    loadAverage: { start: loadAverageAtStart, end: '' },
  }

  const selected = (process.env['BENCH_SERVERS'] ?? '').split(',').filter(Boolean)
  const measured: MeasuredServer[] = []
  for (const entry of serverEntries) {
    if (selected.length > 0 && !selected.includes(entry.key)) continue
    console.log(`Starting ${entry.label} and creating its documents…`)
    const serverResults: ServerResults = { label: entry.label, shortLabel: entry.shortLabel, persistence: '', clientLibrary: entry.clientLibrary, fanOut: [] }
    results.servers.push(serverResults)
    const dataDirectory = path.join(workDirectory, entry.key)
    fs.mkdirSync(dataDirectory)
    let server: BenchServer | null = null
    try {
      server = await entry.start(dataDirectory, cleanup)
      serverResults.label = server.label
      serverResults.persistence = server.persistence
      const provisioned = await provisionDocuments(server, loadGenerator, { scenarios: fanOutScenarios, memoryDocuments: settings.memoryDocuments, concept, longConcept })
      serverResults.provisionMilliseconds = provisioned.milliseconds
      if (server instanceof FassungBenchServer) {
        results.fassung.longImportMilliseconds = provisioned.longImportMilliseconds
        concept = await adoptServerContent(server.clientTarget, provisioned.documents.warmup, concept)
        longConcept = await adoptServerContent(server.clientTarget, provisioned.documents.longConcept, longConcept)
      }
      measured.push({ server, documents: provisioned.documents, results: serverResults })
    } catch (error) {
      serverResults.startError = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error)
      console.error(`  ${entry.label} cannot be measured: ${serverResults.startError}`)
      await server?.stop()
    }
  }

  results.concept = {
    characters: concept.text.length,
    updateBytes: concept.update.byteLength,
    longCharacters: longText.text.length,
    longUpdateBytes: longConcept.update.byteLength,
    longTeilziele: longConcept.teilziele,
  }

  console.log('\nFan-out latency')
  await runFanOutPhase(measured, loadGenerator, fanOutScenarios, settings)
  console.log('\nMemory')
  await runMemoryPhase(measured, loadGenerator, concept, settings)
  console.log('\nCold open')
  await runColdOpenPhase(measured, loadGenerator, longConcept)
  for (const { server, documents } of measured) {
    if (!(server instanceof FassungBenchServer)) continue
    console.log('\nOur application only')
    await runFassungExtras(server, documents.longConcept, longText, longConcept, settings, results.fassung, { loadGenerator, documentId: documents.fanOut.at(-1)![0]! })
  }
  for (const { server } of measured) await server.stop()

  results.durationSeconds = (performance.now() - started) / 1_000
  results.loadAverage.end = readLoadAverage()
  const resultsPath = path.join(projectRoot, 'bench/results.md')
  fs.writeFileSync(resultsPath, renderResultsMarkdown(results))
  console.log(`\nWrote ${path.relative(process.cwd(), resultsPath)} (${Math.round(results.durationSeconds)} s)`)
}

const cleanup = new CleanupStack()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and the load generator…`)
    void cleanup.runAll().finally(() => process.exit(130))
  })
}
try {
  await main(cleanup)
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await cleanup.runAll()
}
