import type { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { AuthService } from '../auth/AuthService'
import type { CollaborationServer } from '../collab/CollaborationServer'
import type { AppEnv } from './AppEnv'
import { isSecureRequest } from './isSecureRequest'
import { readClientAddress } from './readClientAddress'
import { readJsonBody } from './readJsonBody'
import { readSessionToken, sessionCookieName } from './readSessionToken'
import { requireUser } from './requireUser'

export function registerSessionRoutes(app: Hono<AppEnv>, auth: AuthService, options: { trustProxy: boolean; collaboration: CollaborationServer }): void {
  app.post('/api/session', async (c) => {
    const body = await readJsonBody(c)
    const session = await auth.signIn(body['username'], body['password'], readClientAddress(c, options.trustProxy))
    setCookie(c, sessionCookieName, session.token, {
      httpOnly: true,
      // The app is one origin: its own requests carry the cookie, nothing that starts on another site does.
      sameSite: 'Strict',
      path: '/',
      secure: isSecureRequest(c, options.trustProxy),
      expires: new Date(session.expiresAt),
    })
    return c.json({ token: session.token, user: session.user, expiresAt: session.expiresAt })
  })

  // Being signed out is an answer, not an error: the app asks this before every sign-in.
  app.get('/api/session', async (c) => c.json({ user: await auth.authenticate(readSessionToken(c)) }))

  app.delete('/api/session', requireUser(auth), async (c) => {
    await auth.signOut(c.get('sessionToken'))
    // Websockets opened with this session close now, not when they next reconnect.
    await options.collaboration.recheckConnections({ userId: c.get('user').id })
    deleteCookie(c, sessionCookieName, { path: '/', httpOnly: true, sameSite: 'Strict', secure: isSecureRequest(c, options.trustProxy) })
    return c.body(null, 204)
  })
}
