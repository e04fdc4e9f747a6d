import type { Hono } from 'hono'
import type { AuthService } from '../auth/AuthService'
import type { NotificationService } from '../notifications/NotificationService'
import type { AppEnv } from './AppEnv'
import { requireUser } from './requireUser'

export function registerNotificationRoutes(app: Hono<AppEnv>, auth: AuthService, notifications: NotificationService): void {
  app.use('/api/notifications', requireUser(auth))
  app.use('/api/notifications/*', requireUser(auth))

  app.get('/api/notifications', async (c) => c.json(await notifications.list(c.get('user'))))

  app.post('/api/notifications/:id/read', async (c) => {
    await notifications.markRead(c.get('user'), c.req.param('id'))
    return c.json(await notifications.list(c.get('user')))
  })
}
