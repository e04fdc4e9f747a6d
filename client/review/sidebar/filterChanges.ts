import type { ChangeEntry } from '../../../shared/changes/ChangeModel'
import type { ChangeFilter } from './ChangeFilter'

/** The changes that pass the department and person filter, in document order. */
export function filterChanges(changes: readonly ChangeEntry[], filter: ChangeFilter): ChangeEntry[] {
  return changes.filter((change) => (filter.department === null || change.author?.department === filter.department) && (filter.userId === null || change.author?.userId === filter.userId))
}
