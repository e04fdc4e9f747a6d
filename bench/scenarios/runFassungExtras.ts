import { measureBrowserKeystroke } from '../browser/measureBrowserKeystroke'
import type { ConceptContent } from '../concept/ConceptContent'
import type { LongConcept } from '../concept/LongConcept'
import { measureFanOutUnderHeavyWork } from '../fassung/measureFanOutUnderHeavyWork'
import { measureFassungOperations } from '../fassung/measureFassungOperations'
import type { LoadGenerator } from '../load/LoadGenerator'
import type { FassungBenchServer } from '../servers/FassungBenchServer'
import { attempt } from './attempt'
import type { BenchSettings } from './BenchSettings'
import type { FassungExtras } from './FassungExtras'

/** Our server only, on the 200-page concept: the editor in Chromium, Fassungen, Synopse and export, then typing while all of that runs. */
export async function runFassungExtras(
  server: FassungBenchServer,
  documentId: string,
  longText: LongConcept,
  longConcept: ConceptContent,
  settings: BenchSettings,
  extras: FassungExtras,
  fanOut: { loadGenerator: LoadGenerator; documentId: string },
): Promise<void> {
  extras.browser = await attempt('Chromium: open the 200-page concept and receive keystrokes', () =>
    measureBrowserKeystroke({
      baseUrl: server.url,
      token: server.api.token,
      documentId,
      clientTarget: server.clientTarget,
      middleMarker: longText.middleMarker,
      endMarker: longText.endMarker,
      keystrokes: settings.browserKeystrokes,
      warmupKeystrokes: 3,
    }),
  )
  extras.operations = await attempt('Fassungen, Synopse, DOCX and PDF export', () => measureFassungOperations(server.api, server.clientTarget, documentId, longConcept.clockTotal))
  extras.fanOutUnderHeavyWork = await attempt('fan-out, 20 clients, while another session imports, compares and exports', () =>
    measureFanOutUnderHeavyWork(server, fanOut.loadGenerator, { fanOutDocumentId: fanOut.documentId, longDocumentId: documentId, longText: longText.text, settings }),
  )
}
