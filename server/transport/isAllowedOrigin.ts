/**
 * A browser always sends Origin on a websocket upgrade; it must be this server or one configured. Clients
 * that are not browsers send none and are not exposed to cross-site hijacking, so they pass.
 */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, allowedOrigins: readonly string[]): boolean {
  if (!origin) return true
  if (allowedOrigins.includes(origin)) return true
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
