import type { BrowserKeystrokeResult } from '../browser/BrowserKeystrokeResult'
import type { FanOutUnderHeavyWorkResult } from '../fassung/measureFanOutUnderHeavyWork'
import type { FassungOperationsResult } from '../fassung/FassungOperationsResult'
import type { Outcome } from './Outcome'

/** What only our server offers: text import, the editor in a browser, Fassungen, Synopse and export. */
export interface FassungExtras {
  longImportMilliseconds?: number
  browser?: Outcome<BrowserKeystrokeResult>
  operations?: Outcome<FassungOperationsResult>
  fanOutUnderHeavyWork?: Outcome<FanOutUnderHeavyWorkResult>
}
