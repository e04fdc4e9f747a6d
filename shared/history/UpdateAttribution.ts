/** A run of Yjs items: `length` consecutive clocks of one client starting at `clock`. */
export type ItemRange = [client: number, clock: number, length: number]

/**
 * What the server recorded about one accepted update: who sent it, when, which items it inserted and
 * which it deleted. Tracked changes are rendered from these records, not from what clients claim.
 */
export interface UpdateAttribution {
  userId: string
  at: string
  inserted: ItemRange[]
  deleted: ItemRange[]
}
