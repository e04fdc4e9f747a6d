import type { ColdOpenCommand, ColdOpenResult } from './measureColdOpen'
import type { MemoryCommand, MemoryResult } from './measureDocumentMemory'
import type { ConnectCyclesCommand, ConnectCyclesResult } from './runConnectCycles'
import type { FanOutCommand, FanOutResult } from './runFanOut'
import type { SeedCommand, SeedResult } from './seedDocuments'

/** What the load-generator process can be asked to do, and what each answers. */
export interface LoadCommands {
  fanOut: { command: FanOutCommand; result: FanOutResult }
  seed: { command: SeedCommand; result: SeedResult }
  memory: { command: MemoryCommand; result: MemoryResult }
  connectCycles: { command: ConnectCyclesCommand; result: ConnectCyclesResult }
  coldOpen: { command: ColdOpenCommand; result: ColdOpenResult }
}

export type LoadRequest = { [K in keyof LoadCommands]: { id: number; kind: K; command: LoadCommands[K]['command'] } }[keyof LoadCommands]

export type LoadResponse = { id: number; result: unknown } | { id: number; error: string }
