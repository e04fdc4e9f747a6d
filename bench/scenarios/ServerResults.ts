import type { ColdOpenResult } from '../load/measureColdOpen'
import type { MemoryResult } from '../load/measureDocumentMemory'
import type { ConnectCyclesResult } from '../load/runConnectCycles'
import type { FanOutResult } from '../load/runFanOut'
import type { FanOutScenario } from './FanOutScenario'
import type { Outcome } from './Outcome'

/** Everything measured on one server, by the same load generator. */
export interface ServerResults {
  label: string
  /** For the ratio columns: "ours ÷ <shortLabel>". */
  shortLabel: string
  persistence: string
  clientLibrary: string
  /** Why the server could not be measured at all, if it could not. */
  startError?: string
  provisionMilliseconds?: number
  fanOut: { scenario: FanOutScenario; outcome: Outcome<FanOutResult>; waitedForQuietMs: number }[]
  memory?: Outcome<MemoryResult>
  cycles?: Outcome<ConnectCyclesResult>
  coldOpen?: Outcome<ColdOpenResult>
}
