import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { HistoryPlace } from '../../shared/history/HistoryPlace'
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
  /** Where the entry's updates changed the document, in the order they first touched each place. */
  places: HistoryPlace[]
}

const sessionGapMs = 10 * 60 * 1000

/**
 * Who changed how much when: consecutive updates of one user within ten minutes form one entry. `placesByUpdate`
 * (see locateHistoryPlaces) tells where each update changed the document, by index; without it entries have no places.
 */
export function summarizeHistory(attributions: readonly UpdateAttribution[], users: ReadonlyMap<string, PublicUser>, placesByUpdate: readonly HistoryPlace[][] = []): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  for (const [index, attribution] of attributions.entries()) {
    const places = placesByUpdate[index] ?? []
    const inserted = attribution.inserted.reduce((sum, [, , length]) => sum + length, 0)
    const deleted = attribution.deleted.reduce((sum, [, , length]) => sum + length, 0)
    const last = entries.at(-1)
    if (last && last.userId === attribution.userId && Date.parse(attribution.at) - Date.parse(last.to) <= sessionGapMs) {
      last.to = attribution.at
      last.updates += 1
      last.insertedItems += inserted
      last.deletedItems += deleted
      mergePlaces(last.places, places)
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
      places: mergePlaces([], places),
    })
  }
  return entries
}

function mergePlaces(into: HistoryPlace[], places: readonly HistoryPlace[]): HistoryPlace[] {
  for (const place of places) {
    const same = into.find((known) => known.blockId === place.blockId && known.sectionNumber === place.sectionNumber && known.blockLabel === place.blockLabel)
    if (same) {
      same.insertedCharacters += place.insertedCharacters
      same.deletedCharacters += place.deletedCharacters
    } else {
      into.push({ ...place })
    }
  }
  return into
}
