const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** "2019-03-21" as "21.03.2019"; anything that is not an ISO date is returned as it is. */
export function formatGermanDate(value: string): string {
  const match = isoDate.exec(value.trim())
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value.trim()
}
