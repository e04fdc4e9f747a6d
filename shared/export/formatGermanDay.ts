const dayFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' })

/** The calendar day of `date` in Germany, as "21.03.2019". */
export function formatGermanDay(date: Date): string {
  return dayFormat.format(date)
}
