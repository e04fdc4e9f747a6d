/** The link target if it is a web, mail or phone address; anything else (javascript:, data:) gives null. */
export function safeLinkTarget(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  return /^(?:https?:\/\/|mailto:|tel:)/i.test(trimmed) ? trimmed : null
}
