import type { PublicUser } from '../accounts/PublicUser'
import type { UpdateAttribution } from '../history/UpdateAttribution'
import type { ChangeAuthor } from './ChangeModel'

/** One update of the log: where it stands in the log (later updates have higher orders) and who sent it. */
export interface RecordedEvent {
  order: number
  author: ChangeAuthor | null
}

interface IndexedRange {
  clock: number
  end: number
  attribution: number
}

/** Answers "who inserted / who deleted the item client:clock, and when" from the server's attribution log. */
export class AttributionIndex {
  private readonly insertions = new Map<number, IndexedRange[]>()
  private readonly deletions = new Map<number, IndexedRange[]>()
  private readonly authors: (ChangeAuthor | null)[]
  private readonly boundaryCache = new Map<number, number[]>()

  constructor(
    /** The server's log, in the order the updates were accepted. */
    readonly attributions: readonly UpdateAttribution[],
    users: ReadonlyMap<string, Pick<PublicUser, 'name' | 'department'>>,
  ) {
    this.authors = attributions.map((attribution) => {
      const user = users.get(attribution.userId)
      return { userId: attribution.userId, name: user?.name ?? 'Unbekannt', department: user?.department ?? '', at: attribution.at }
    })
    attributions.forEach((attribution, index) => {
      for (const [client, clock, length] of attribution.inserted) addRange(this.insertions, client, { clock, end: clock + length, attribution: index })
      for (const [client, clock, length] of attribution.deleted) addRange(this.deletions, client, { clock, end: clock + length, attribution: index })
    })
    for (const ranges of [...this.insertions.values(), ...this.deletions.values()]) ranges.sort((a, b) => a.clock - b.clock || a.attribution - b.attribution)
  }

  insertedBy(client: number, clock: number): ChangeAuthor | null {
    return this.insertion(client, clock)?.author ?? null
  }

  deletedBy(client: number, clock: number): ChangeAuthor | null {
    return this.deletion(client, clock)?.author ?? null
  }

  /** The update that inserted client:clock: its place in the log and its author. */
  insertion(client: number, clock: number): RecordedEvent | null {
    return this.event(this.find(this.insertions, client, clock))
  }

  /** The update that deleted client:clock: its place in the log and its author. */
  deletion(client: number, clock: number): RecordedEvent | null {
    return this.event(this.find(this.deletions, client, clock))
  }

  private event(order: number): RecordedEvent | null {
    return order < 0 ? null : { order, author: this.authors[order] ?? null }
  }

  /**
   * The clocks of `client` at which the recorded insertion or deletion changes hands (starts and ends of
   * ranges), ascending: a stretch of items between two of them has one inserter and one deleter.
   */
  boundaries(client: number): readonly number[] {
    let cached = this.boundaryCache.get(client)
    if (!cached) {
      const clocks = new Set<number>()
      for (const ranges of [this.insertions.get(client), this.deletions.get(client)]) {
        for (const range of ranges ?? []) {
          clocks.add(range.clock)
          clocks.add(range.end)
        }
      }
      cached = [...clocks].sort((a, b) => a - b)
      this.boundaryCache.set(client, cached)
    }
    return cached
  }

  private find(index: Map<number, IndexedRange[]>, client: number, clock: number): number {
    const ranges = index.get(client)
    if (!ranges) return -1
    let low = 0
    let high = ranges.length - 1
    let candidate = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (ranges[middle]!.clock <= clock) {
        candidate = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    // Ranges of one client never overlap: an update's delete set holds only items it newly deleted.
    return candidate >= 0 && clock < ranges[candidate]!.end ? ranges[candidate]!.attribution : -1
  }
}

function addRange(index: Map<number, IndexedRange[]>, client: number, range: IndexedRange) {
  const ranges = index.get(client)
  if (ranges) ranges.push(range)
  else index.set(client, [range])
}
