import type { Hono } from 'hono'
import type { AuthService } from '../auth/AuthService'
import type { CollaborationServer } from '../collab/CollaborationServer'
import { ForbiddenError } from '../errors/ForbiddenError'
import type { AppEnv } from './AppEnv'
import { readJsonBody } from './readJsonBody'
import { requireUser } from './requireUser'

export function registerUserRoutes(app: Hono<AppEnv>, auth: AuthService, collaboration: CollaborationServer): void {
  app.post('/api/users', requireUser(auth), async (c) => {
    const body = await readJsonBody(c)
    const user = await auth.createUser(c.get('user'), {
      username: body['username'],
      password: body['password'],
      name: body['name'],
      department: body['department'],
      role: body['role'],
    })
    return c.json({ user }, 201)
  })

  app.patch('/api/users/:id', requireUser(auth), async (c) => {
    const body = await readJsonBody(c)
    const userId = c.req.param('id')
    const user = await auth.updateUser(c.get('user'), userId, { name: body['name'], department: body['department'], role: body['role'], active: body['active'] })
    // A deactivated account's websockets close, a demoted one's stop writing: on every instance, at once.
    await collaboration.recheckConnections({ userId })
    return c.json({ user })
  })

  app.put('/api/users/:id/password', requireUser(auth), async (c) => {
    const body = await readJsonBody(c)
    const userId = c.req.param('id')
    const user = await auth.resetPassword(c.get('user'), userId, body['password'])
    // Sessions opened with the old password are gone; their websockets close now.
    await collaboration.recheckConnections({ userId })
    return c.json({ user })
  })

  app.get('/api/users', requireUser(auth), async (c) => {
    if (c.get('user').role !== 'admin') throw new ForbiddenError('Nur die Administration sieht alle Konten.')
    return c.json({ users: await auth.listUsers() })
  })
}
