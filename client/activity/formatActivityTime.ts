const dateTime = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })
const time = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' })

/** "30.11.2026, 09:12–09:40" for an entry's first and last update (the end without the date when it is the same day). */
export function formatActivityTime(from: string, to: string): string {
  const start = new Date(from)
  const end = new Date(to)
  const startText = dateTime.format(start)
  if (to === from || end.getTime() - start.getTime() < 60_000) return startText
  return start.toDateString() === end.toDateString() ? `${startText}–${time.format(end)}` : `${startText} – ${dateTime.format(end)}`
}
