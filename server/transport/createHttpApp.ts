import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Logger } from '../logging/Logger'
import type { AppEnv } from './AppEnv'
import type { MetadataService } from '../documents/MetadataService'
import type { ExportService } from '../export/ExportService'
import type { FassungService } from '../fassungen/FassungService'
import type { NotificationService } from '../notifications/NotificationService'
import type { ReviewService } from '../review/ReviewService'
import { registerDepartmentRoutes } from './departmentRoutes'
import { registerDocumentRoutes, type DocumentRouteDependencies } from './documentRoutes'
import { registerExportRoutes } from './exportRoutes'
import { registerImportRoutes } from './importRoutes'
import { registerFassungRoutes } from './fassungRoutes'
import { registerMetadataRoutes } from './metadataRoutes'
import { registerNotificationRoutes } from './notificationRoutes'
import { registerReviewRoutes } from './reviewRoutes'
import { handleRouteError } from './handleRouteError'
import { rejectCrossSiteRequests } from './rejectCrossSiteRequests'
import { registerSessionRoutes } from './sessionRoutes'
import { registerUserRoutes } from './userRoutes'

export interface HttpAppDependencies extends DocumentRouteDependencies {
  logger: Logger
  fassungen: FassungService
  review: ReviewService
  notifications: NotificationService
  metadata: MetadataService
  exports: ExportService
  /** Origins besides the server's own from which browsers may send state-changing requests (ALLOWED_ORIGINS). */
  allowedOrigins: readonly string[]
  /** Behind a TLS proxy: believe its X-Forwarded-Proto and X-Forwarded-For (TRUST_PROXY=1). */
  trustProxy: boolean
}

const maxJsonBodyBytes = 10 * 1024 * 1024

/** The Hono app with the JSON API under /api; the websocket route and the client app are added after it. */
export function createHttpApp(dependencies: HttpAppDependencies): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.onError((error, c) => handleRouteError(error, c, dependencies.logger))
  app.use('/api/*', rejectCrossSiteRequests(dependencies.allowedOrigins))
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxJsonBodyBytes,
      onError: (c) => c.json({ error: 'Die Anfrage ist zu groß (höchstens 10 MB).' }, 413),
    }),
  )
  app.get('/api/health', (c) => c.json({ status: 'ok' }))
  registerSessionRoutes(app, dependencies.auth, { trustProxy: dependencies.trustProxy, collaboration: dependencies.collaboration })
  registerUserRoutes(app, dependencies.auth, dependencies.collaboration)
  registerDepartmentRoutes(app, dependencies.auth)
  registerDocumentRoutes(app, dependencies)
  registerFassungRoutes(app, dependencies.fassungen)
  registerReviewRoutes(app, dependencies.review)
  registerNotificationRoutes(app, dependencies.auth, dependencies.notifications)
  registerMetadataRoutes(app, dependencies.metadata)
  registerExportRoutes(app, dependencies.exports)
  registerImportRoutes(app, { access: dependencies.access, documents: dependencies.documents })
  app.all('/api/*', (c) => c.json({ error: 'Unbekannte Schnittstelle.' }, 404))
  return app
}
