/** A concept as plain text (for our import) and as the Yjs update that import produces (for the peers). */
export interface ConceptContent {
  text: string
  title: string
  update: Uint8Array
  /** Items in the update, over all writers: a client holds the whole concept once its state vector sums to this. */
  clockTotal: number
  teilziele: number
}
