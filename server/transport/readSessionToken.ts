import { getCookie } from 'hono/cookie'
import type { Context } from 'hono'

export const sessionCookieName = 'fassung_session'

/** The session token from `Authorization: Bearer`, the session cookie or, for websockets, `?token=`. */
export function readSessionToken(c: Context, options: { allowQuery?: boolean } = {}): string | null {
  const header = c.req.header('authorization')
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null
  const cookie = getCookie(c, sessionCookieName)
  if (cookie) return cookie
  if (options.allowQuery) return c.req.query('token') ?? null
  return null
}
