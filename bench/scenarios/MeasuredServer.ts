import type { BenchServer } from '../servers/BenchServer'
import type { DocumentSet } from './DocumentSet'
import type { ServerResults } from './ServerResults'

/** A started server with its documents and the results collected for it so far. */
export interface MeasuredServer {
  server: BenchServer
  documents: DocumentSet
  results: ServerResults
}
