import type { MachineInfo } from '../machine/MachineInfo'
import type { BenchSettings } from '../scenarios/BenchSettings'
import type { FassungExtras } from '../scenarios/FassungExtras'
import type { ServerResults } from '../scenarios/ServerResults'

/** One run of `npm run bench`, everything results.md is written from. */
export interface BenchResults {
  machine: MachineInfo
  settings: BenchSettings
  concept: { characters: number; updateBytes: number; longCharacters: number; longUpdateBytes: number; longTeilziele: number }
  /** Ours first; the ratios divide it by each of the others. */
  servers: ServerResults[]
  fassung: FassungExtras
  durationSeconds: number
  /** /proc/loadavg when the run started and ended: the machine may be shared with other work. */
  loadAverage: { start: string; end: string }
}
