import { readServerConfig } from './config/readServerConfig'
import { Logger } from './logging/Logger'
import { startServer } from './startServer'

const config = readServerConfig()
const logger = new Logger(config.logLevel)

const server = await startServer({
  port: config.port,
  host: config.host,
  dataDirectory: config.dataDirectory,
  staticDirectory: config.staticDirectory,
  allowedOrigins: config.allowedOrigins,
  trustProxy: config.trustProxy,
  adminPassword: process.env['ADMIN_PASSWORD'],
  databaseUrl: config.databaseUrl ?? undefined,
  redisUrl: config.redisUrl ?? undefined,
  importLimits: config.importLimits,
  workers: config.workers,
  // Comparisons and exports of a document nobody has open would otherwise load and unload it every time.
  collaboration: { keepReadDocumentsMs: 60_000 },
  logger,
}).catch((error: unknown) => {
  // A weak ADMIN_PASSWORD, an unreachable database: say why in the log, then stop.
  logger.error(`Fassung could not start: ${error instanceof Error ? error.message : String(error)}`, { error })
  process.exit(1)
})
logger.info(`Fassung läuft auf http://localhost:${server.port}`, {
  dataDirectory: config.dataDirectory,
  storage: config.databaseUrl ? 'postgresql' : 'sqlite',
  fanOut: config.redisUrl ? 'redis' : 'none',
})

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  logger.info('shutting down', { signal })
  await server.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
