import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { serialize } from 'node:v8'
import * as Y from 'yjs'
import { createSilentLogger } from '../../server/logging/Logger'
import { startServer, type RunningServer } from '../../server/startServer'
import { compareVersions, type CompareJob } from '../../server/fassungen/compareVersions'
import { AttributionIndex } from '../../shared/changes/AttributionIndex'
import { buildSynopseRows } from '../../shared/changes/buildSynopseRows'
import type { ChangeModel } from '../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../shared/changes/computeChangeModel'
import { generateLongConcept } from '../concept/generateLongConcept'
import { connectClients } from '../load/connectClients'
import { createBenchClient } from '../load/createBenchClient'
import { sumStateClocks } from '../load/sumStateClocks'
import { projectRoot } from '../setup/projectRoot'
import { FassungApi } from './FassungApi'
import { reviseDocument } from './reviseDocument'
import type { TimedResponse } from './TimedResponse'

/**
 * Where the time of a cold Synopse (GET …/compare?from=<Fassung 1>&to=<Fassung 2>) of the 200-page concept
 * goes. Builds the concept as the benchmark does (text import, a Fassung, a committee's revision through a
 * collaboration client, a second Fassung), then per round:
 * - over HTTP, after a server restart (empty result cache): the first compare (a worker starts too), and a
 *   compare whose worker has already done other work;
 * - on this thread, stage by stage, the same work the worker and the route do.
 * Prints medians (and all values) with the load average, as other work may share the cores.
 *
 * npx tsx bench/fassung/measureSynopseStages.ts [--rounds N] [--characters N] [--job-file PATH]
 */
const adminPassword = 'bench-admin-password'

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}

const rounds = argument('rounds', 5)
const characters = argument('characters', 600_000)
const jobFileIndex = process.argv.indexOf('--job-file')
/** Where to keep the compare job's input for measureSynopseModel.ts (v8-serialised), if anywhere. */
const jobFile = jobFileIndex === -1 ? null : process.argv[jobFileIndex + 1]!
const samples = new Map<string, number[]>()

function record(stage: string, milliseconds: number): void {
  const list = samples.get(stage) ?? []
  if (list.length === 0) samples.set(stage, list)
  list.push(milliseconds)
}

/** CPU time of this process in ms: every thread (server, its workers, V8's helpers), so other load on the cores does not count. */
function processCpuMilliseconds(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

function timed<T>(stage: string, work: () => T): T {
  const started = performance.now()
  const cpu = processCpuMilliseconds()
  const result = work()
  record(stage, performance.now() - started)
  record(`${stage} [CPU]`, processCpuMilliseconds() - cpu)
  return result
}

async function timedAsync<T>(stage: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const cpu = processCpuMilliseconds()
  const result = await work()
  record(stage, performance.now() - started)
  record(`${stage} [CPU]`, processCpuMilliseconds() - cpu)
  return result
}

/** One request, its wall time and the CPU time the whole process (server, worker, client) spent meanwhile. */
async function timedRequest(stage: string, api: FassungApi, path: string): Promise<TimedResponse> {
  const cpu = processCpuMilliseconds()
  const response = await api.request('GET', path)
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${response.body.toString().slice(0, 300)}`)
  record(stage, response.milliseconds)
  record(`${stage} [CPU]`, processCpuMilliseconds() - cpu)
  return response
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function start(dataDirectory: string): Promise<RunningServer> {
  return startServer({ port: 0, dataDirectory, staticDirectory: path.join(projectRoot, 'dist/client'), logger: createSilentLogger(), adminPassword })
}

async function prepare(dataDirectory: string): Promise<{ documentId: string; first: string; second: string }> {
  const server = await start(dataDirectory)
  try {
    const api = await FassungApi.signIn(server.url, adminPassword)
    const seedText = fs.readFileSync(path.join(projectRoot, 'tests/fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt'), 'utf8')
    const concept = generateLongConcept(seedText, characters)
    const { id: documentId } = await api.importConcept(concept.text, 'Integrationskonzept, 200 Seiten')
    const first = await api.createFassung(documentId, { name: 'Entwurf der Verwaltung', gremium: 'Sozial- und Gesundheitsausschuss', date: '2025-03-04', status: 'Entwurf' })
    const target = { protocol: 'y-websocket' as const, url: `ws://127.0.0.1:${server.port}/collab`, token: api.token }
    const [editor] = await connectClients(target, [documentId], { concurrency: 1, timeoutMs: 60_000 })
    try {
      await editor!.whenSynced(120_000)
      console.log(`revised ${reviseDocument(editor!)} paragraphs`)
      const verifier = await createBenchClient(target, documentId)
      try {
        await verifier.whenSynced(60_000)
        const expected = sumStateClocks(editor!)
        while (sumStateClocks(verifier) < expected) await new Promise((resolve) => setTimeout(resolve, 50))
      } finally {
        verifier.destroy()
      }
    } finally {
      editor!.destroy()
    }
    const second = await api.createFassung(documentId, { name: 'Beschlussempfehlung', gremium: 'Kreistag', date: '2025-04-10', status: 'Beschlussempfehlung' })
    // As the benchmark asks: right after the second Fassung is frozen (the server may already be comparing them).
    await timedRequest('HTTP right after freezing the second Fassung', api, `/api/documents/${documentId}/compare?from=${first.id}&to=${second.id}`)
    return { documentId, first: first.id, second: second.id }
  } finally {
    await server.close()
  }
}

async function measureHttp(dataDirectory: string, documentId: string, first: string, second: string): Promise<number> {
  const comparePath = (from: string, to: string) => `/api/documents/${documentId}/compare?from=${from}&to=${to}`
  let bytes: number
  let server = await start(dataDirectory)
  try {
    const api = await FassungApi.signIn(server.url, adminPassword)
    bytes = (await timedRequest('HTTP cold, worker starts with the request', api, comparePath(first, second))).body.byteLength
    await timedRequest('HTTP repeated (cached)', api, comparePath(first, second))
  } finally {
    await server.close()
  }
  server = await start(dataDirectory)
  try {
    const api = await FassungApi.signIn(server.url, adminPassword)
    // Another comparison first, so the worker has loaded the change model's modules before the measured one.
    await timedRequest('(warm-up: Fassung 2 against itself)', api, comparePath(second, second))
    await timedRequest('HTTP cold, worker already in use', api, comparePath(first, second))
    await timedRequest('HTTP Fassung 1 against the draft, worker in use', api, comparePath(first, 'draft'))
  } finally {
    await server.close()
  }
  return bytes
}

async function measureStages(dataDirectory: string, documentId: string, first: string, second: string): Promise<void> {
  const server = await start(dataDirectory)
  try {
    const [older, newer] = await timedAsync('read both Fassungen from storage', () => Promise.all([server.storage.fassungen.getFassung(documentId, first), server.storage.fassungen.getFassung(documentId, second)]))
    const attributions = await timedAsync('read attributions from storage', () => server.storage.documents.listAttributions(documentId))
    const users = (await server.auth.listUsers()).map(({ id, name, department }) => ({ id, name, department }))
    const job: CompareJob = {
      older: { label: { id: first, label: 'Fassung 1' }, state: older!.state, snapshot: older!.snapshot },
      newer: { label: { id: second, label: 'Fassung 2' }, state: newer!.state, snapshot: newer!.snapshot },
      attributions,
      users,
      decided: [],
    }
    if (jobFile) fs.writeFileSync(jobFile, serialize(job))
    timed('structured clone of the job (to the worker)', () => structuredClone(job))
    const ydoc = new Y.Doc({ gc: false })
    timed('apply older state', () => Y.applyUpdate(ydoc, job.older.state))
    timed('apply newer state', () => Y.applyUpdate(ydoc, job.newer.state))
    const [fromSnapshot, toSnapshot] = timed('decode snapshots', () => [Y.decodeSnapshot(job.older.snapshot), Y.decodeSnapshot(job.newer.snapshot)])
    const attributionIndex = timed('attribution index', () => new AttributionIndex(job.attributions, new Map(users.map((user) => [user.id, user]))))
    const model = timed('computeChangeModel', () =>
      computeChangeModel({ ydoc, from: { snapshot: fromSnapshot!, label: job.older.label }, to: { snapshot: toSnapshot!, label: job.newer.label }, attributions: attributionIndex, decided: [] }),
    )
    ydoc.destroy()
    const json = timed('JSON.stringify of the model', () => JSON.stringify(model))
    timed('structured clone of the JSON (from the worker)', () => structuredClone({ json }))
    const parsed = timed('JSON.parse in the browser', () => JSON.parse(json) as ChangeModel)
    timed('buildSynopseRows in the browser', () => buildSynopseRows(parsed))
    timed('compareVersions as the worker runs it', () => compareVersions(job))
    record('state bytes (older + newer, KB)', (job.older.state.byteLength + job.newer.state.byteLength) / 1024)
    record('model JSON (KB)', json.length / 1024)
  } finally {
    await server.close()
  }
}

async function main(): Promise<void> {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'fassung-synopse-stages-'))
  try {
    console.log(`load before: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`)
    const { documentId, first, second } = await prepare(dataDirectory)
    let bytes = 0
    for (let round = 0; round < rounds; round++) {
      bytes = await measureHttp(dataDirectory, documentId, first, second)
      await measureStages(dataDirectory, documentId, first, second)
      process.stdout.write(`round ${round + 1} of ${rounds} done\n`)
    }
    console.log(`\nSynopse of two Fassungen, ${characters.toLocaleString('en')} characters, response ${(bytes / 1024 / 1024).toFixed(2)} MB; medians of ${rounds} rounds (all values)`)
    for (const [stage, values] of samples) console.log(`${stage.padEnd(58)} ${median(values).toFixed(1).padStart(8)}   (${values.map((value) => value.toFixed(0)).join(', ')})`)
    console.log(`\nuptime: ${execFileSync('uptime').toString().trim()}`)
  } finally {
    fs.rmSync(dataDirectory, { recursive: true, force: true })
  }
}

await main()
