import type { HistoryPlace } from '../../../shared/history/HistoryPlace'

/** One entry of `GET /api/documents/:id/history`: one account's updates within minutes of each other. */
export interface ActivityEntry {
  userId: string
  name: string
  department: string
  /** ISO timestamps of the first and the last update. */
  from: string
  to: string
  updates: number
  places: HistoryPlace[]
}
