import type { ActivityEntry } from './api/ActivityEntry'
import type { ActivityFilter } from './ActivityFilter'
import type { ActivityRow } from './ActivityRow'

/**
 * The rows of the activity list, newest first: one per place an entry changed (an entry without places, e.g.
 * only attributes changed, gets one row). Days count in the browser's time zone, both ends included.
 */
export function filterActivity(entries: readonly ActivityEntry[], filter: ActivityFilter): ActivityRow[] {
  const start = filter.fromDay ? startOfDay(filter.fromDay) : -Infinity
  const end = filter.toDay ? startOfDay(filter.toDay) + 24 * 60 * 60 * 1000 : Infinity
  const rows: ActivityRow[] = []
  entries.forEach((entry, entryIndex) => {
    if (filter.department && entry.department !== filter.department) return
    if (Date.parse(entry.to) < start || Date.parse(entry.from) >= end) return
    const places = entry.places.length > 0 ? entry.places : [null]
    places.forEach((place, placeIndex) => rows.push({ key: `${entryIndex}-${placeIndex}`, entry, place }))
  })
  return rows.reverse()
}

function startOfDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1).getTime()
}
