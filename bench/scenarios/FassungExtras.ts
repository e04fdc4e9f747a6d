import type { BrowserKeystrokeResult } from '../browser/BrowserKeystrokeResult'
import type { FassungOperationsResult } from '../fassung/FassungOperationsResult'
import type { Outcome } from './Outcome'

/** What only our server offers: text import, the editor in a browser, Fassungen, Synopse and export. */
export interface FassungExtras {
  longImportMilliseconds?: number
  browser?: Outcome<BrowserKeystrokeResult>
  operations?: Outcome<FassungOperationsResult>
}
