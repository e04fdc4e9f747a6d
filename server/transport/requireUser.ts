import type { MiddlewareHandler } from 'hono'
import type { AuthService } from '../auth/AuthService'
import { AuthenticationError } from '../errors/AuthenticationError'
import type { AppEnv } from './AppEnv'
import { readSessionToken } from './readSessionToken'

/** Lets the request through only with a valid session; the account is then in `c.get('user')`. */
export function requireUser(auth: AuthService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionToken(c)
    const user = await auth.authenticate(token)
    if (!user || !token) throw new AuthenticationError()
    c.set('user', user)
    c.set('sessionToken', token)
    await next()
  }
}
