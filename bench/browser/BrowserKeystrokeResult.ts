import type { LatencySummary } from '../stats/LatencySummary'

export interface BrowserKeystrokeResult {
  /** From navigating to /d/<id> to the editor showing the end of the concept. */
  openMilliseconds: number
  /** From a Node client's send (Date.now()) to the character in the editor's DOM (Date.now() in a MutationObserver). */
  domMilliseconds: LatencySummary
  /** The same to the next animation frame after that mutation: roughly, until it can be painted. */
  frameMilliseconds: LatencySummary
  /** From the same send to the change arriving at a second Node client: the network and server share of it. */
  nodeReceiptMilliseconds: LatencySummary
}
