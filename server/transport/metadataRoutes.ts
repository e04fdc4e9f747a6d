import type { Hono } from 'hono'
import type { MetadataService } from '../documents/MetadataService'
import type { AppEnv } from './AppEnv'
import { readJsonBody } from './readJsonBody'

export function registerMetadataRoutes(app: Hono<AppEnv>, metadata: MetadataService): void {
  app.get('/api/documents/:id/metadata', async (c) => c.json(await metadata.get(c.get('user'), c.req.param('id'))))

  app.put('/api/documents/:id/metadata', async (c) => c.json(await metadata.update(c.get('user'), c.req.param('id'), await readJsonBody(c))))
}
