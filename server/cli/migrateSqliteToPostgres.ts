import fs from 'node:fs'
import path from 'node:path'
import { readServerConfig } from '../config/readServerConfig'
import { Logger } from '../logging/Logger'
import { copySqliteToPostgres } from '../storage/postgres/copySqliteToPostgres'
import { createPostgresPool } from '../storage/postgres/createPostgresPool'
import { migratePostgres } from '../storage/postgres/migratePostgres'
import { openSqliteDatabase } from '../storage/sqlite/openSqliteDatabase'

/**
 * `DATA_DIR=./data DATABASE_URL=postgres://… npm run migrate:postgres`: copies the SQLite installation in
 * DATA_DIR into the empty PostgreSQL database. The server must be stopped meanwhile; SQLite stays as it was.
 */
async function main(): Promise<number> {
  const config = readServerConfig()
  if (!config.databaseUrl) {
    process.stderr.write('Aufruf: DATA_DIR=<Datenverzeichnis> DATABASE_URL=postgres://… npm run migrate:postgres\n')
    return 2
  }
  const databaseFile = path.join(config.dataDirectory, 'fassung.sqlite')
  if (!fs.existsSync(databaseFile)) {
    process.stderr.write(`Keine SQLite-Datenbank gefunden: ${databaseFile}\n`)
    return 2
  }
  const sqlite = openSqliteDatabase(databaseFile)
  const pool = createPostgresPool(config.databaseUrl, new Logger(config.logLevel), 1)
  try {
    await migratePostgres(pool)
    const copied = await copySqliteToPostgres(sqlite, pool)
    process.stdout.write(`Übernommen aus ${databaseFile}:\n`)
    for (const [table, count] of Object.entries(copied)) process.stdout.write(`  ${table}: ${count}\n`)
    return 0
  } finally {
    sqlite.close()
    await pool.end()
  }
}

try {
  process.exitCode = await main()
} catch (error) {
  process.stderr.write(`Migration fehlgeschlagen, keine Daten übernommen: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
