/** Up to two initials of a person's name: "Said Najj" → "SN", "Dr. Anna Berg" → "AB", "admin" → "A". */
export function formatInitials(name: string): string {
  const words = name
    .split(/[\s-]+/)
    .filter((word) => word.length > 0 && !word.endsWith('.'))
  const first = words[0]
  if (!first) return '?'
  const last = words.length > 1 ? words[words.length - 1] : undefined
  return ((first[0] ?? '') + (last?.[0] ?? '')).toLocaleUpperCase('de-DE')
}
