import path from 'node:path'
import type { ImportLimits } from '../../shared/import/ImportLimits'
import type { LogLevel } from '../logging/Logger'
import type { WorkerSettings } from '../workers/WorkerSettings'

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
  /** IMPORT_MAX_INFLATED_BYTES, IMPORT_MAX_ENTRIES, IMPORT_MAX_ELEMENTS; unset ones keep their defaults. */
  importLimits: Partial<ImportLimits>
  /** WORKER_THREADS, WORKER_MAX_MEMORY_MB, HEAVY_REQUESTS_PER_USER, RESULT_CACHE_MB; unset ones keep their defaults. */
  workers: Partial<WorkerSettings>
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
    importLimits: definedOnly({
      maxInflatedBytes: readPositiveInteger(environment, 'IMPORT_MAX_INFLATED_BYTES'),
      maxArchiveEntries: readPositiveInteger(environment, 'IMPORT_MAX_ENTRIES'),
      maxElements: readPositiveInteger(environment, 'IMPORT_MAX_ELEMENTS'),
    }),
    workers: definedOnly({
      threads: readPositiveInteger(environment, 'WORKER_THREADS'),
      maxMemoryMb: readPositiveInteger(environment, 'WORKER_MAX_MEMORY_MB'),
      perUser: readPositiveInteger(environment, 'HEAVY_REQUESTS_PER_USER'),
      cacheBytes: megabytes(readPositiveInteger(environment, 'RESULT_CACHE_MB')),
    }),
  }
}

function readPositiveInteger(environment: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = (environment[name] ?? '').trim()
  if (raw === '') return undefined
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${environment[name]}"`)
  return value
}

function megabytes(value: number | undefined): number | undefined {
  return value === undefined ? undefined : value * 1024 * 1024
}

function definedOnly<T extends object>(values: { [Key in keyof T]: T[Key] | undefined }): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>
}

function readFlag(environment: NodeJS.ProcessEnv, name: string): boolean {
  const value = (environment[name] ?? '').trim().toLowerCase()
  if (value === '' || value === '0' || value === 'false') return false
  if (value === '1' || value === 'true') return true
  throw new Error(`${name} must be 1 or 0, got "${environment[name]}"`)
}
