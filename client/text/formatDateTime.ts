const formatter = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' })

/** A server timestamp as German date and time ("21.11.2025, 10:15"); empty if it cannot be read. */
export function formatDateTime(isoTimestamp: string): string {
  const date = new Date(isoTimestamp)
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date)
}
