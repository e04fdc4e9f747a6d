import type { HttpBindings } from '@hono/node-server'
import type { Context } from 'hono'

/**
 * The address of the client: the peer of the socket, or, behind a trusted proxy, the last address in
 * `X-Forwarded-For`, which that proxy appended (the ones before it the client can write itself).
 */
export function readClientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  return (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress ?? 'unknown'
}
