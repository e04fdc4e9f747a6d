import type { Hono } from 'hono'
import type { FassungService } from '../fassungen/FassungService'
import type { AppEnv } from './AppEnv'
import { readJsonBody } from './readJsonBody'

export function registerFassungRoutes(app: Hono<AppEnv>, fassungen: FassungService): void {
  app.post('/api/documents/:id/fassungen', async (c) => {
    const fassung = await fassungen.freeze(c.get('user'), c.req.param('id'), await readJsonBody(c))
    return c.json({ id: fassung.id, fassung }, 201)
  })

  app.get('/api/documents/:id/fassungen', async (c) => c.json({ fassungen: await fassungen.list(c.get('user'), c.req.param('id')) }))

  app.get('/api/documents/:id/versions/:version', async (c) => {
    const doc = await fassungen.readVersion(c.get('user'), c.req.param('id'), c.req.param('version'), c.req.raw.signal)
    return c.json({ doc })
  })

  app.get('/api/documents/:id/compare', async (c) => {
    const from = c.req.query('from')
    const to = c.req.query('to') ?? 'draft'
    if (!from) return c.json({ error: 'Bitte die ältere Fassung angeben (from).' }, 400)
    // The worker's JSON as it is: serialising a big model here would hold up everyone's typing.
    return c.body(await fassungen.compareAsJson(c.get('user'), c.req.param('id'), from, to, c.req.raw.signal), 200, { 'Content-Type': 'application/json; charset=UTF-8' })
  })
}
