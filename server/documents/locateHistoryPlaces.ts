import * as Y from 'yjs'
import type { HistoryPlace } from '../../shared/history/HistoryPlace'
import { createHistoryLocator } from '../../shared/history/createHistoryLocator'
import type { UpdateAttribution } from '../../shared/history/UpdateAttribution'

export interface HistoryLocationJob {
  /** The document's gc-free current state, so deleted text still has its place. */
  state: Uint8Array
  attributions: UpdateAttribution[]
}

export interface HistoryLocations {
  /** For each attribution, by index: where its update changed the document. */
  places: HistoryPlace[][]
}

/** Where each attributed update changed the document; runs in a worker thread (decoding a long concept takes a second). */
export function locateHistoryPlaces(job: HistoryLocationJob): HistoryLocations {
  const ydoc = new Y.Doc({ gc: false })
  Y.applyUpdate(ydoc, job.state)
  const locate = createHistoryLocator(ydoc)
  return { places: job.attributions.map(locate) }
}
