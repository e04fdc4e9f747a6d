import type { MiddlewareHandler } from 'hono'
import { ForbiddenError } from '../errors/ForbiddenError'
import { isAllowedOrigin } from './isAllowedOrigin'

const stateChangingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const ownSiteFetches = new Set(['same-origin', 'none'])

/**
 * Refuses state-changing requests that a page of another origin made a browser send, cookie included (a
 * sibling origin on the same site gets past SameSite): the Origin must be this server or a configured one;
 * without Origin, `Sec-Fetch-Site` must be absent, same-origin or none (non-browser clients send neither).
 * A request that carries a bearer token and no cookie cannot be forged by a browser and passes.
 */
export function rejectCrossSiteRequests(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!stateChangingMethods.has(c.req.method)) return next()
    const bearerOnly = (c.req.header('authorization') ?? '').startsWith('Bearer ') && !c.req.header('cookie')
    if (!bearerOnly) {
      const origin = c.req.header('origin')
      const fetchSite = c.req.header('sec-fetch-site')
      const allowed = origin !== undefined ? isAllowedOrigin(origin, c.req.header('host'), allowedOrigins) : fetchSite === undefined || ownSiteFetches.has(fetchSite)
      if (!allowed) throw new ForbiddenError('Anfrage von einer fremden Seite abgelehnt.')
    }
    await next()
  }
}
