import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { UpdateAttribution } from '../../shared/history/UpdateAttribution'

export interface HistoryEntry {
  userId: string
  name: string
  department: string
  from: string
  to: string
  updates: number
  insertedItems: number
  deletedItems: number
}

const sessionGapMs = 10 * 60 * 1000

/** Who changed how much when: consecutive updates of one user within ten minutes form one entry. */
export function summarizeHistory(attributions: readonly UpdateAttribution[], users: ReadonlyMap<string, PublicUser>): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  for (const attribution of attributions) {
    const inserted = attribution.inserted.reduce((sum, [, , length]) => sum + length, 0)
    const deleted = attribution.deleted.reduce((sum, [, , length]) => sum + length, 0)
    const last = entries.at(-1)
    if (last && last.userId === attribution.userId && Date.parse(attribution.at) - Date.parse(last.to) <= sessionGapMs) {
      last.to = attribution.at
      last.updates += 1
      last.insertedItems += inserted
      last.deletedItems += deleted
      continue
    }
    const user = users.get(attribution.userId)
    entries.push({
      userId: attribution.userId,
      name: user?.name ?? 'Unbekannt',
      department: user?.department ?? '',
      from: attribution.at,
      to: attribution.at,
      updates: 1,
      insertedItems: inserted,
      deletedItems: deleted,
    })
  }
  return entries
}
