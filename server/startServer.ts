import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createNodeWebSocket } from '@hono/node-ws'
import { AuthService } from './auth/AuthService'
import { DocumentAccess } from './auth/DocumentAccess'
import { SignInThrottle, type SignInThrottleOptions } from './auth/SignInThrottle'
import { CollaborationServer, type CollaborationServerOptions } from './collab/CollaborationServer'
import type { DocumentFanOut } from './collab/DocumentFanOut'
import { DocumentService } from './documents/DocumentService'
import { MetadataService } from './documents/MetadataService'
import { ExportService, type ExportFile } from './export/ExportService'
import { readDocumentEditors } from './export/readDocumentEditors'
import type { CachedComparison } from './fassungen/CachedComparison'
import { FassungService } from './fassungen/FassungService'
import { MentionDirectory } from './review/MentionDirectory'
import { ReviewService } from './review/ReviewService'
import { NotificationService } from './notifications/NotificationService'
import { Logger } from './logging/Logger'
import { RedisFanOut } from './scaleout/RedisFanOut'
import { createStorage } from './storage/createStorage'
import type { Storage } from './storage/Storage'
import { createHttpApp } from './transport/createHttpApp'
import { identifyCollabConnection } from './transport/identifyCollabConnection'
import { registerCollabRoute } from './transport/registerCollabRoute'
import { serveClientApp } from './transport/serveClientApp'
import { ResultCache } from './workers/ResultCache'
import { UserConcurrencyLimit } from './workers/UserConcurrencyLimit'
import { WorkerPool } from './workers/WorkerPool'
import type { WorkerSettings } from './workers/WorkerSettings'
import { defaultImportLimits } from '../shared/import/defaultImportLimits'
import type { ImportLimits } from '../shared/import/ImportLimits'

const defaultHeavyJobsPerUser = 2
const defaultResultCacheBytes = 64 * 1024 * 1024

export interface StartServerOptions {
  port: number
  host?: string
  dataDirectory: string
  staticDirectory: string
  allowedOrigins?: string[]
  logger?: Logger
  storage?: Storage
  /** PostgreSQL instead of SQLite in the data directory, unless `storage` is given. */
  databaseUrl?: string
  /** Keeps documents in step with other instances on the same storage through this Redis, unless `fanOut` is given. */
  redisUrl?: string
  fanOut?: DocumentFanOut
  /** Behind a TLS proxy: believe its X-Forwarded-Proto (the session cookie gets `Secure`) and X-Forwarded-For. */
  trustProxy?: boolean
  /** How long a session lasts after sign-in; 12 hours unless given. */
  sessionLifetimeMs?: number
  /** Back-off after failed sign-ins (defaults: 5 per account, 20 per address, then 1 s doubling up to 15 min). */
  signInThrottle?: Partial<SignInThrottleOptions>
  /** Password of the `admin` account created on first start; generated and logged once if absent. */
  adminPassword?: string
  collaboration?: Partial<Omit<CollaborationServerOptions, 'storage' | 'logger' | 'fanOut'>>
  /** Bounds on imports (Word archives, text lines); see shared/import/defaultImportLimits. */
  importLimits?: Partial<ImportLimits>
  /** Worker threads, the per-account limit and the result cache for imports, comparisons and exports. */
  workers?: Partial<WorkerSettings>
}

export interface RunningServer {
  port: number
  url: string
  collaboration: CollaborationServer
  storage: Storage
  auth: AuthService
  close(): Promise<void>
}

/** Wires storage, the collaboration core and the Hono app together and listens; `port: 0` picks a free port. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? new Logger()
  const storage = options.storage ?? (await createStorage({ dataDirectory: options.dataDirectory, databaseUrl: options.databaseUrl ?? null }, logger))
  let fanOut = options.fanOut
  if (!fanOut && options.redisUrl) {
    try {
      fanOut = await RedisFanOut.connect({ url: options.redisUrl, logger: logger.child({ component: 'fan-out' }) })
    } catch (error) {
      await storage.close()
      throw error
    }
  }
  const auth = new AuthService(storage.accounts, logger.child({ component: 'auth' }), {
    sessionLifetimeMs: options.sessionLifetimeMs,
    throttle: new SignInThrottle(options.signInThrottle),
  })
  try {
    await auth.ensureInitialAdmin(options.adminPassword)
  } catch (error) {
    await fanOut?.close()
    await storage.close()
    throw error
  }
  const access = new DocumentAccess(storage.accounts, storage.documents)
  const collaboration = new CollaborationServer({ storage: storage.documents, logger: logger.child({ component: 'collab' }), fanOut, ...options.collaboration })
  const workers = options.workers ?? {}
  // Imports, comparisons and exports run here, away from the event loop that carries everyone's typing.
  const pool = new WorkerPool({ logger: logger.child({ component: 'workers' }), threads: workers.threads, maxMemoryMb: workers.maxMemoryMb, jobTimeoutMs: workers.jobTimeoutMs })
  const jobs = new UserConcurrencyLimit(pool, workers.perUser ?? defaultHeavyJobsPerUser)
  const cacheBytes = workers.cacheBytes ?? defaultResultCacheBytes
  const importLimits = { ...defaultImportLimits, ...options.importLimits }
  const documents = new DocumentService(storage.documents, jobs, importLimits)
  const fassungen = new FassungService(storage, collaboration, access, auth, logger.child({ component: 'fassungen' }), jobs, new ResultCache<CachedComparison>(cacheBytes / 2))
  const notifications = new NotificationService(storage.notifications)
  const review = new ReviewService(storage, collaboration, access, fassungen, new MentionDirectory(storage.accounts, access), notifications)
  const metadata = new MetadataService(storage.documents, access)
  const readEditors = async (documentId: string, until: string | null) => readDocumentEditors(await storage.documents.listAttributions(documentId), await auth.listUsers(), until)
  const exports = new ExportService({ fassungen, metadata, access, readEditors, listDepartments: () => auth.listDepartments(), logger: logger.child({ component: 'export' }), jobs, files: new ResultCache<ExportFile>(cacheBytes / 2) })
  const app = createHttpApp({
    logger,
    auth,
    access,
    documents,
    documentStorage: storage.documents,
    collaboration,
    fassungen,
    review,
    notifications,
    metadata,
    exports,
    allowedOrigins: options.allowedOrigins ?? [],
    trustProxy: options.trustProxy ?? false,
  })
  const nodeWebSocket = createNodeWebSocket({ app })
  // Frames beyond this never reach the core; the core's own, smaller limit answers with a clear close code.
  nodeWebSocket.wss.options.maxPayload = collaboration.maxMessageBytes * 2
  registerCollabRoute(app, {
    collaboration,
    upgradeWebSocket: nodeWebSocket.upgradeWebSocket,
    allowedOrigins: options.allowedOrigins ?? [],
    admit: (c, documentId) => identifyCollabConnection(c, documentId, { auth, access, documents: storage.documents }),
  })
  // Last, so that the client app's catch-all shadows neither the API nor the websocket route.
  app.get('*', serveClientApp(options.staticDirectory))

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: options.port, hostname: options.host ?? '127.0.0.1' }, () => resolve(listening))
  })
  nodeWebSocket.injectWebSocket(server)
  const port = (server.address() as AddressInfo).port
  logger.info('server listening', { port })

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    collaboration,
    storage,
    auth,
    async close() {
      await collaboration.destroy()
      for (const client of nodeWebSocket.wss.clients) client.terminate()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await pool.close()
      await fanOut?.close()
      await storage.close()
    },
  }
}
