import type { ChangeEntry } from '../changes/ChangeModel'
import type { ItemRange } from '../history/UpdateAttribution'
import { legacyDecidedItems } from './legacyDecidedItems'
import type { DecidedItems, ReviewDecision } from './ReviewDecision'

/** What a change must offer to be matched with decisions: its kind, its exact items, for a format change its mark. */
export interface DecidableChange {
  id: string
  kind: ChangeEntry['kind']
  ranges?: readonly ItemRange[]
  format?: { mark: string; change: 'added' | 'removed' }
}

interface CoveredInterval {
  start: number
  end: number
  /** Position in the log: the higher, the later. */
  order: number
}

/**
 * Answers "is this change decided, and how" from the log of decisions: a change is decided exactly when
 * every one of its items is covered by decisions on the same kind of change (and mark); the decision in
 * force is the latest of those. New text next to a decided change is made of other items, so it stays open.
 */
export class DecisionIndex {
  private readonly covered = new Map<string, Map<number, CoveredInterval[]>>()
  private readonly byChangeId = new Map<string, number>()
  /** Decisions stored before items were, whose change id names no items (attributes, moves): matched by id. */
  private readonly idOnly = new Map<string, number>()
  private readonly decisions: readonly ReviewDecision[]

  constructor(decisions: readonly ReviewDecision[]) {
    this.decisions = decisions
    decisions.forEach((decision, order) => {
      this.byChangeId.set(decision.changeId, order)
      const covers = decision.covers ?? legacyDecidedItems(decision.changeId)
      if (!covers) {
        this.idOnly.set(decision.changeId, order)
        return
      }
      const key = coverKey(covers)
      let clients = this.covered.get(key)
      if (!clients) this.covered.set(key, (clients = new Map()))
      for (const [client, clock, length] of covers.ranges) {
        if (length <= 0) continue
        const intervals = clients.get(client)
        const interval = { start: clock, end: clock + length, order }
        if (intervals) intervals.push(interval)
        else clients.set(client, [interval])
      }
    })
  }

  /** The decision in force on `change`, or undefined while any of its items is undecided. */
  decisionOf(change: DecidableChange): ReviewDecision | undefined {
    const ranges = (change.ranges ?? []).filter(([, , length]) => length > 0)
    // A change that names no items can only be matched by its id.
    if (ranges.length === 0) return this.at(this.byChangeId.get(change.id))
    const clients = this.covered.get(coverKey(change))
    let latest = -1
    for (const [client, clock, length] of ranges) {
      const overlapping = (clients?.get(client) ?? []).filter((interval) => interval.start < clock + length && interval.end > clock)
      if (!coversWhole(overlapping, clock, clock + length)) return this.at(this.idOnly.get(change.id))
      for (const interval of overlapping) latest = Math.max(latest, interval.order)
    }
    return this.decisions[latest]
  }

  private at(order: number | undefined): ReviewDecision | undefined {
    return order === undefined ? undefined : this.decisions[order]
  }
}

function coverKey(covers: Pick<DecidedItems, 'kind' | 'format'>): string {
  return covers.format ? `${covers.kind}:${covers.format.mark}:${covers.format.change}` : covers.kind
}

function coversWhole(intervals: CoveredInterval[], start: number, end: number): boolean {
  let reached = start
  for (const interval of [...intervals].sort((a, b) => a.start - b.start)) {
    if (interval.start > reached) return false
    reached = Math.max(reached, interval.end)
    if (reached >= end) return true
  }
  return reached >= end
}
