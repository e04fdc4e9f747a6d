import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { createNodeWebSocket } from '@hono/node-ws'
import { AuthService } from './auth/AuthService'
import { DocumentAccess } from './auth/DocumentAccess'
import { CollaborationServer, type CollaborationServerOptions } from './collab/CollaborationServer'
import { DocumentService } from './documents/DocumentService'
import { MetadataService } from './documents/MetadataService'
import { FassungService } from './fassungen/FassungService'
import { ReviewService } from './review/ReviewService'
import { Logger } from './logging/Logger'
import type { Storage } from './storage/Storage'
import { createSqliteStorage } from './storage/sqlite/createSqliteStorage'
import { createHttpApp } from './transport/createHttpApp'
import { identifyCollabConnection } from './transport/identifyCollabConnection'
import { registerCollabRoute } from './transport/registerCollabRoute'
import { serveClientApp } from './transport/serveClientApp'

export interface StartServerOptions {
  port: number
  host?: string
  dataDirectory: string
  staticDirectory: string
  allowedOrigins?: string[]
  logger?: Logger
  storage?: Storage
  /** Password of the `admin` account created on first start; generated and logged once if absent. */
  adminPassword?: string
  collaboration?: Partial<Omit<CollaborationServerOptions, 'storage' | 'logger'>>
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
  const storage = options.storage ?? createSqliteStorage(path.join(options.dataDirectory, 'fassung.sqlite'))
  const auth = new AuthService(storage.accounts, logger.child({ component: 'auth' }))
  await auth.ensureInitialAdmin(options.adminPassword)
  const access = new DocumentAccess(storage.accounts, storage.documents)
  const collaboration = new CollaborationServer({ storage: storage.documents, logger: logger.child({ component: 'collab' }), ...options.collaboration })
  const documents = new DocumentService(storage.documents)
  const fassungen = new FassungService(storage, collaboration, access, auth)
  const review = new ReviewService(storage, collaboration, access, fassungen)
  const metadata = new MetadataService(storage.documents, access)
  const app = createHttpApp({ logger, auth, access, documents, documentStorage: storage.documents, collaboration, fassungen, review, metadata })
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
      await storage.close()
    },
  }
}
