import path from 'node:path'
import type { LogLevel } from '../logging/Logger'

export interface ServerConfig {
  port: number
  host: string
  dataDirectory: string
  logLevel: LogLevel
  /** Extra origins allowed to open the collaboration websocket besides the server's own. */
  allowedOrigins: string[]
  staticDirectory: string
  /** PostgreSQL connection URL; null keeps the embedded SQLite database in the data directory. */
  databaseUrl: string | null
  /** Redis URL for running several instances side by side; null for a single instance. */
  redisUrl: string | null
  /** TRUST_PROXY=1: a TLS proxy in front sets X-Forwarded-Proto and X-Forwarded-For, and they are believed. */
  trustProxy: boolean
}

/** Reads the server configuration from the environment, with the defaults of a local installation. */
export function readServerConfig(environment: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(environment['PORT'] ?? 8787)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${environment['PORT']}"`)
  return {
    port,
    host: environment['HOST'] ?? '0.0.0.0',
    dataDirectory: path.resolve(environment['DATA_DIR'] ?? './data'),
    logLevel: (environment['LOG_LEVEL'] as LogLevel | undefined) ?? 'info',
    allowedOrigins: (environment['ALLOWED_ORIGINS'] ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    staticDirectory: path.resolve(environment['STATIC_DIR'] ?? './dist/client'),
    databaseUrl: environment['DATABASE_URL']?.trim() || null,
    redisUrl: environment['REDIS_URL']?.trim() || null,
    trustProxy: readFlag(environment, 'TRUST_PROXY'),
  }
}

function readFlag(environment: NodeJS.ProcessEnv, name: string): boolean {
  const value = (environment[name] ?? '').trim().toLowerCase()
  if (value === '' || value === '0' || value === 'false') return false
  if (value === '1' || value === 'true') return true
  throw new Error(`${name} must be 1 or 0, got "${environment[name]}"`)
}
