import type { ClientTarget } from '../load/ClientTarget'

/** One of the measured servers, running as a child process pinned to the server core. */
export interface BenchServer {
  /** Name and version, as the results show it. */
  readonly label: string
  /** How it stores documents, as the results show it. */
  readonly persistence: string
  readonly pid: number
  readonly clientTarget: ClientTarget
  /** Stops the process (letting it store) and starts it again on the same data, so every document is cold. */
  restart(): Promise<void>
  stop(): Promise<void>
}
