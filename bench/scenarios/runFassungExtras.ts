import { measureBrowserKeystroke } from '../browser/measureBrowserKeystroke'
import type { ConceptContent } from '../concept/ConceptContent'
import type { LongConcept } from '../concept/LongConcept'
import { measureFassungOperations } from '../fassung/measureFassungOperations'
import type { FassungBenchServer } from '../servers/FassungBenchServer'
import { attempt } from './attempt'
import type { BenchSettings } from './BenchSettings'
import type { FassungExtras } from './FassungExtras'

/** Our server only, on the 200-page concept: the editor in Chromium, then Fassungen, Synopse and export. */
export async function runFassungExtras(
  server: FassungBenchServer,
  documentId: string,
  longText: LongConcept,
  longConcept: ConceptContent,
  settings: BenchSettings,
  extras: FassungExtras,
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
}
