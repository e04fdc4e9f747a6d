import * as Y from 'yjs'
import type { HistoryPlace } from '../../shared/history/HistoryPlace'
import { createHistoryLocator } from '../../shared/history/createHistoryLocator'
import type { UpdateAttribution } from '../../shared/history/UpdateAttribution'

/** The history locator for a document's encoded current state (read gc-free, so deleted text still has its place). */
export function historyLocatorForState(state: Uint8Array): (attribution: UpdateAttribution) => HistoryPlace[] {
  const ydoc = new Y.Doc({ gc: false })
  Y.applyUpdate(ydoc, state)
  return createHistoryLocator(ydoc)
}
