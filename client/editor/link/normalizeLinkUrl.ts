const allowedScheme = /^(https?:|mailto:|tel:)/i
const anyScheme = /^[a-z][a-z0-9+.-]*:/i

/**
 * A typed link address made usable: "www.kreis.de" → "https://www.kreis.de", "amt@kreis.de" →
 * "mailto:amt@kreis.de". Returns null for schemes other than http(s), mailto and tel.
 */
export function normalizeLinkUrl(input: string): string | null {
  const url = input.trim()
  if (allowedScheme.test(url)) return url
  if (anyScheme.test(url) && !/^[^:]+:\d/.test(url)) return null
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(url)) return `mailto:${url}`
  return `https://${url.replace(/^\/+/, '')}`
}
