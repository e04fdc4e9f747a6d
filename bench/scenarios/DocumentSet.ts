/** The documents one server is measured on, created by that server's own means. */
export interface DocumentSet {
  /** Per fan-out scenario, its (empty) documents. */
  fanOut: string[][]
  /** Opened once before the memory baseline; also the document of the connect/disconnect cycles. */
  warmup: string
  /** Each holds the Rendsburg-Eckernförde concept. */
  memory: string[]
  /** The 200-page concept. */
  longConcept: string
}
