import type { FassungStatus } from '../../../shared/fassungen/Fassung'

/** What the "Fassung einfrieren" form sends. */
export interface FreezeFassungInput {
  name: string
  gremium: string
  /** ISO date (YYYY-MM-DD). */
  date: string
  status: FassungStatus
  beratungsfolgeId: string | null
}
