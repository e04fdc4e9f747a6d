import type { Hono } from 'hono'
import type { AuthService } from '../auth/AuthService'
import type { AppEnv } from './AppEnv'
import { readJsonBody } from './readJsonBody'
import { requireUser } from './requireUser'

/** The Fachdienste: everyone signed in reads them (for the colours), the administration adds and renames. */
export function registerDepartmentRoutes(app: Hono<AppEnv>, auth: AuthService): void {
  app.get('/api/departments', requireUser(auth), async (c) => c.json({ departments: await auth.listDepartments() }))

  app.post('/api/departments', requireUser(auth), async (c) => {
    const body = await readJsonBody(c)
    const name = await auth.addDepartment(c.get('user'), body['name'])
    return c.json({ name, departments: await auth.listDepartments() }, 201)
  })

  app.patch('/api/departments', requireUser(auth), async (c) => {
    const body = await readJsonBody(c)
    const name = await auth.renameDepartment(c.get('user'), body['from'], body['to'])
    return c.json({ name, departments: await auth.listDepartments() })
  })
}
