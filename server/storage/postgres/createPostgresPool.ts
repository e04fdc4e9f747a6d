import pg from 'pg'
import type { Logger } from '../../logging/Logger'

/** A connection pool whose idle connections may fail (a database restart) without taking the process down. */
export function createPostgresPool(databaseUrl: string, logger: Logger, maxConnections = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections })
  // The pool drops the broken connection and opens a new one when it is needed.
  pool.on('error', (error) => logger.error('idle PostgreSQL connection failed', { error }))
  return pool
}
