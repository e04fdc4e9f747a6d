import type { FanOutResult } from '../load/runFanOut'
import type { LatencySummary } from '../stats/LatencySummary'
import type { ExportTiming } from '../fassung/ExportTiming'
import type { Outcome } from '../scenarios/Outcome'
import type { ServerResults } from '../scenarios/ServerResults'
import type { BenchResults } from './BenchResults'

type Cell = number | string | undefined

interface Row {
  metric: string
  cells: Cell[]
  /** Show ours ÷ peer for this row. */
  ratio: boolean
  format: (value: number) => string
}

/** results.md: machine, setup, one table per measurement with ours ÷ each peer, and everything that failed. */
export function renderResultsMarkdown(results: BenchResults): string {
  const { machine, settings, servers } = results
  const notes: string[] = []
  const lines: string[] = []
  const fail = (server: ServerResults, what: string, outcome: Outcome<unknown> | undefined): string => {
    if (!outcome) return server.startError ? 'not run' : '–'
    if ('error' in outcome) notes.push(`${server.label}, ${what}: ${outcome.error}`)
    return 'failed (see notes)'
  }
  const value = <T>(outcome: Outcome<T> | undefined): T | undefined => (outcome && 'value' in outcome ? outcome.value : undefined)

  lines.push('# Benchmark: Fassung and two Yjs servers', '')
  lines.push(`Written by \`npm run bench\` (bench/runBenchmarks.ts) on ${machine.date.slice(0, 10)}; the run took ${Math.round(results.durationSeconds)} s.`, '')
  lines.push('## Machine', '')
  lines.push(`- CPU: ${machine.cpuModel}, ${machine.cores} cores; RAM ${machine.memoryGiB} GiB; ${machine.kernel}`)
  lines.push(`- Node ${machine.nodeVersion}; run at ${machine.date}`)
  lines.push(`- Load average (1/5/15 min) at the start ${results.loadAverage.start}, at the end ${results.loadAverage.end}: the machine was not`)
  lines.push('  necessarily ours alone; the fan-out tables show how busy each core was, counting every process.')
  lines.push(`- Every server is its own child process pinned with \`taskset -c ${settings.serverCore}\`; the load generator (one Node process with all`)
  lines.push(`  simulated clients) and the benchmark process with Chromium are pinned to core ${settings.loadCore}. All traffic is on 127.0.0.1.`, '')

  lines.push('## Servers', '')
  lines.push('| Server | Persistence (to disk) | Clients connect with |', '|---|---|---|')
  for (const server of servers) lines.push(`| ${server.label} | ${server.persistence} | ${server.clientLibrary} |`)
  lines.push('')
  for (const server of servers) if (server.startError) notes.push(`${server.label} could not be measured: ${server.startError}`)

  const header = (title: string) => {
    const peers = servers.slice(1)
    lines.push(`| ${[title, ...servers.map((server) => server.label), ...peers.map((peer) => `ours ÷ ${peer.shortLabel}`)].join(' | ')} |`)
    lines.push(`|---|${[...servers, ...peers].map(() => '---:').join('|')}|`)
  }
  const row = ({ metric, cells, ratio, format }: Row) => {
    const shown = cells.map((cell) => (typeof cell === 'number' ? format(cell) : (cell ?? '–')))
    const ours = cells[0]
    const ratios = cells.slice(1).map((peer) => (ratio && typeof ours === 'number' && typeof peer === 'number' && peer > 0 ? `${(ours / peer).toFixed(2)}×` : '–'))
    lines.push(`| ${[metric, ...shown, ...ratios].join(' | ')} |`)
  }

  lines.push('## Fan-out latency', '')
  lines.push(`Each typing client sends ${settings.updatesPerSecond} keystrokes/s (one character into its own paragraph, a Y.XmlText in the`)
  lines.push("`default` XmlFragment, plus an awareness caret update on every keystroke). The keystroke's transaction stamps its send")
  lines.push('time into a side Y.Map under the typer\'s clientID; every other client of the document notes receive − send when the change')
  lines.push(`arrives (one process, one clock). ${settings.warmupSeconds} s warm-up, then ${settings.scenarioSeconds} s measured; CPU is utime+stime from`)
  lines.push('/proc/<pid>/stat over the measured window. "Load generator CPU" near 100 % means the client side, not the server, limited the result;')
  lines.push('"core busy" counts every process on that core (from /proc/stat), so busy minus our processes is someone else\'s load. The')
  lines.push('servers take turns scenario by scenario (rotating order), and each scenario waits (at most')
  lines.push(`${settings.quietMaxWaitSeconds} s) for both cores to be under ${settings.quietBusyPercent} % busy before it starts.`, '')
  const scenarios = servers.find((server) => server.fanOut.length > 0)?.fanOut.map((entry) => entry.scenario) ?? []
  header('Scenario / metric')
  for (const [index, scenario] of scenarios.entries()) {
    const outcomes = servers.map((server) => server.fanOut[index]?.outcome)
    const pick = (select: (result: FanOutResult) => number | string): Cell[] =>
      outcomes.map((outcome, serverIndex) => {
        const result = value(outcome)
        return result ? select(result) : fail(servers[serverIndex]!, `fan-out ${scenario.name}`, outcome)
      })
    const title = `**${scenario.name}**, ${scenario.typersPerDocument * scenario.documents} typing`
    row({ metric: `${title}: p50 (ms)`, cells: pick((result) => result.latency.p50), ratio: true, format: milliseconds })
    row({ metric: `${title}: p99 (ms)`, cells: pick((result) => result.latency.p99), ratio: true, format: milliseconds })
    row({ metric: `${title}: max (ms)`, cells: pick((result) => result.latency.max), ratio: true, format: milliseconds })
    const scheduled = scenario.typersPerDocument * scenario.documents * settings.updatesPerSecond * settings.scenarioSeconds
    row({ metric: `${title}: keystrokes sent (${scheduled} scheduled)`, cells: pick((result) => result.sentKeystrokes), ratio: false, format: String })
    row({ metric: `${title}: delivered`, cells: pick((result) => `${percent((result.receivedReceipts / Math.max(1, result.expectedReceipts)) * 100)} of ${result.expectedReceipts}`), ratio: false, format: String })
    row({ metric: `${title}: server CPU (% of a core)`, cells: pick((result) => result.serverCpuPercent), ratio: true, format: percent })
    row({ metric: `${title}: server core busy, all processes`, cells: pick((result) => result.coreBusyPercent[settings.serverCore] ?? 0), ratio: false, format: percent })
    row({ metric: `${title}: load generator CPU (% of a core)`, cells: pick((result) => result.loadGeneratorCpuPercent), ratio: false, format: percent })
    row({ metric: `${title}: load core busy, all processes`, cells: pick((result) => result.coreBusyPercent[settings.loadCore] ?? 0), ratio: false, format: percent })
  }
  lines.push('')

  lines.push('## Memory', '')
  lines.push(`After a restart: one document opened and closed (baseline), then one client on each of ${settings.memoryDocuments} stored copies of the`)
  lines.push('Rendsburg-Eckernförde concept (RSS per loaded document = (RSS with all open − baseline) / N, after 2 s). Then, with those')
  lines.push(`closed, ${settings.connectCycles} connect/disconnect cycles (${settings.cycleConcurrency} clients at a time connect, sync and leave; the document is`)
  lines.push('loaded and unloaded with every round); RSS 2 s after the last one. No forced GC in any server.', '')
  header('Metric')
  const memory = servers.map((server) => ({ server, result: value(server.memory) }))
  const cycles = servers.map((server) => ({ server, result: value(server.cycles) }))
  row({ metric: 'RSS baseline (MB)', cells: memory.map(({ server, result }) => result?.baselineRssBytes ?? fail(server, 'memory', server.memory)), ratio: true, format: megabytes })
  row({ metric: `RSS with ${settings.memoryDocuments} documents open (MB)`, cells: memory.map(({ result }) => result?.loadedRssBytes), ratio: true, format: megabytes })
  row({ metric: '**RSS per loaded document (MB)**', cells: memory.map(({ result }) => result?.perDocumentBytes), ratio: true, format: megabytes })
  row({ metric: `Opening the ${settings.memoryDocuments} documents cold (ms)`, cells: memory.map(({ result }) => result?.openMilliseconds), ratio: true, format: milliseconds })
  row({ metric: 'RSS before the cycles (MB)', cells: cycles.map(({ server, result }) => result?.rssBeforeBytes ?? fail(server, 'connect cycles', server.cycles)), ratio: true, format: megabytes })
  row({ metric: `**RSS after ${settings.connectCycles} connect/disconnect cycles (MB)**`, cells: cycles.map(({ result }) => result?.rssAfterBytes), ratio: true, format: megabytes })
  row({ metric: 'Cycles completed', cells: cycles.map(({ result }) => result?.cycles), ratio: false, format: String })
  row({ metric: 'Time for the cycles (s)', cells: cycles.map(({ result }) => (result ? result.milliseconds / 1_000 : undefined)), ratio: true, format: (seconds) => seconds.toFixed(1) })
  lines.push('')

  lines.push('## Cold open of a 200-page concept', '')
  lines.push(`${results.concept.longCharacters.toLocaleString('en')} characters of text (${results.concept.longTeilziele} Teilziele) generated from tests/fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt;`)
  lines.push(`as a Yjs update ${megabytes(results.concept.longUpdateBytes)} MB. Ours imports the text (POST /api/documents/import); the peers get the identical Yjs`)
  lines.push('state from a client. The server is restarted, then a fresh client opens the document: the time covers loading it from disk and the')
  lines.push('initial sync, until the client holds every item. A second client opening it while it is loaded gives the warm time.', '')
  header('Metric')
  const cold = servers.map((server) => ({ server, result: value(server.coldOpen) }))
  row({ metric: '**Cold open: server load + initial sync (ms)**', cells: cold.map(({ server, result }) => result?.contentMilliseconds ?? fail(server, 'cold open', server.coldOpen)), ratio: true, format: milliseconds })
  row({ metric: 'Provider reports "synced" (ms)', cells: cold.map(({ result }) => result?.syncedMilliseconds), ratio: true, format: milliseconds })
  row({ metric: 'Warm open, second client (ms)', cells: cold.map(({ result }) => result?.warmContentMilliseconds), ratio: true, format: milliseconds })
  lines.push('')

  const ours = servers[0]!
  const { fassung } = results
  lines.push('## Our application only', '')
  lines.push('| Metric | Fassung |', '|---|---:|')
  if (fassung.longImportMilliseconds !== undefined) lines.push(`| Import of the 200-page concept from text, POST /api/documents/import (ms) | ${milliseconds(fassung.longImportMilliseconds)} |`)
  const browser = value(fassung.browser)
  if (browser) {
    lines.push(`| Chromium: open /d/<id> until the editor shows the end of the concept (ms) | ${milliseconds(browser.openMilliseconds)} |`)
    lines.push(`| Chromium: remote keystroke into the 200-page document, send → editor DOM, p50 / p99 / max (ms, ${browser.domMilliseconds.count} keystrokes) | ${latencyTriple(browser.domMilliseconds)} |`)
    lines.push(`| Chromium: the same until the next animation frame, p50 / p99 / max (ms) | ${latencyTriple(browser.frameMilliseconds)} |`)
    lines.push(`| Node client: the same keystrokes, send → receipt, p50 / p99 / max (ms) | ${latencyTriple(browser.nodeReceiptMilliseconds)} |`)
  } else lines.push(`| Chromium measurements | ${fail(ours, 'browser', fassung.browser)} |`)
  const operations = value(fassung.operations)
  if (operations) {
    lines.push(`| Freeze Fassung 1 of the 200-page concept, POST …/fassungen (ms) | ${milliseconds(operations.freezeFirstMilliseconds)} |`)
    lines.push(`| Freeze Fassung 2 after ${operations.editedParagraphs} paragraphs were revised (ms) | ${milliseconds(operations.freezeSecondMilliseconds)} |`)
    lines.push(`| **Synopse: GET …/compare?from=1&to=2** (ms; ${operations.compareMilliseconds.length} calls) | ${operations.compareMilliseconds.map(milliseconds).join(' / ')} |`)
    lines.push(`| Synopse response size (MB) | ${megabytes(operations.compareBytes)} |`)
    lines.push(`| Synopse of Fassung 1 against the draft (ms) | ${milliseconds(operations.compareDraftMilliseconds)} |`)
    lines.push(`| **DOCX export** of the draft, GET …/export?kind=concept&format=docx&version=draft (ms) | ${exportCell(operations.docx)} |`)
    lines.push(`| **PDF export** of the draft, GET …/export?kind=concept&format=pdf&version=draft (ms) | ${exportCell(operations.pdf)} |`)
    lines.push(`| Synopse of Fassung 1 and 2 as DOCX, GET …/export?kind=synopse&format=docx&from=1&version=2 (ms) | ${exportCell(operations.synopseDocx)} |`)
  } else lines.push(`| Fassungen, Synopse, export | ${fail(ours, 'Fassungen/Synopse/export', fassung.operations)} |`)
  const underLoad = value(fassung.fanOutUnderHeavyWork)
  if (underLoad) {
    const ratio = underLoad.loaded.latency.p99 / underLoad.quiet.latency.p99
    const heavyCalls = underLoad.heavy.map(({ route, calls, refused }) => `${route}: ${calls}${refused > 0 ? ` (${refused} refused)` : ''}`).join('; ')
    lines.push(`| Fan-out, 20 clients in one document, server on all cores, p50 / p99 (ms) without other work | ${milliseconds(underLoad.quiet.latency.p50)} / ${milliseconds(underLoad.quiet.latency.p99)} |`)
    lines.push(`| **The same while another session imports, compares and exports the 200-page concept**, p50 / p99 (ms); p99 ratio (target ≤ 1.2×) | ${milliseconds(underLoad.loaded.latency.p50)} / ${milliseconds(underLoad.loaded.latency.p99)}; ${ratio.toFixed(2)}× |`)
    lines.push(`| Heavy requests during that run | ${heavyCalls} |`)
  } else lines.push(`| Fan-out under heavy work | ${fail(ours, 'fan-out under heavy work', fassung.fanOutUnderHeavyWork)} |`)
  lines.push('')

  lines.push('## Notes', '')
  lines.push('- Our server keeps Yjs garbage collection off (Fassungen and the Synopse need deleted content); both peers run with it on.')
  lines.push('- Our server checks the session of every connection against SQLite and stamps awareness with the verified account; the peers')
  lines.push('  check a fixed token (added to the y-websocket server\'s upgrade handler and as Hocuspocus `onAuthenticate`).')
  lines.push('- Hocuspocus speaks its own framing (document name in every message, an auth message first), so its clients use')
  lines.push('  @hocuspocus/provider, one websocket per client (no multiplexing); ours and @y/websocket-server use the stock y-websocket')
  lines.push('  provider. @hocuspocus/server 4.x requires Node ≥ 22, so 3.4.4 is measured. The @y/websocket-server wrapper uses ws 8 like ours.')
  lines.push('- Both stock providers re-send every awareness change they receive, so each caret update comes back to the server from')
  lines.push('  every client of the document: N² awareness messages per keystroke, for all three servers alike.')
  lines.push('- Ours runs as `node --import tsx server/main.ts`: its baseline RSS includes tsx\'s loader thread, the TypeScript compiled')
  lines.push('  at start and everything the application loads up front (schema, export libraries, fonts); the per-document row and the')
  lines.push('  growth over the cycles subtract the baseline out.')
  lines.push('- @y/websocket-server binds its LevelDB state asynchronously: its provider reports "synced" before the stored document has')
  lines.push('  arrived, hence its small "synced" time in the cold-open table; the bold row waits for the content itself.')
  for (const note of notes) lines.push(`- ${note}`)
  lines.push('')
  return lines.join('\n')
}

function milliseconds(value: number): string {
  if (value < 10) return value.toFixed(2)
  if (value < 100) return value.toFixed(1)
  return Math.round(value).toLocaleString('en')
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(2)
}

function percent(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} %`
}

function latencyTriple(summary: LatencySummary): string {
  return `${milliseconds(summary.p50)} / ${milliseconds(summary.p99)} / ${milliseconds(summary.max)}`
}

function exportCell(timing: ExportTiming): string {
  return 'unavailable' in timing ? timing.unavailable : `${milliseconds(timing.milliseconds)} (${megabytes(timing.bytes)} MB)`
}
