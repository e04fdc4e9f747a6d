import type { HistoryPlace } from '../../shared/history/HistoryPlace'
import type { ActivityEntry } from './api/ActivityEntry'

/** One line of the activity list: one account's changes at one place within one entry. */
export interface ActivityRow {
  key: string
  entry: ActivityEntry
  place: HistoryPlace | null
}
