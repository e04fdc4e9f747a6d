import type { Context } from 'hono'

/** Whether the browser reached the server over HTTPS; behind a trusted TLS proxy, as `X-Forwarded-Proto` says. */
export function isSecureRequest(c: Context, trustProxy: boolean): boolean {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
    if (forwarded) return forwarded === 'https'
  }
  return new URL(c.req.url).protocol === 'https:'
}
