import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The PostgreSQL database tests create their schemas in; CI runs PostgreSQL on localhost with trust auth. */
const testDatabaseUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test'

export interface PostgresTestSchema {
  name: string
  /** Connection URL whose search_path is this schema alone. */
  databaseUrl: string
  /** Drops the schema with everything in it. */
  drop(): Promise<void>
}

/** A fresh, empty schema of its own, so that tests run in parallel without seeing each other's tables. */
export async function postgresTestSchema(): Promise<PostgresTestSchema> {
  const name = `test_${randomBytes(6).toString('hex')}`
  await runAsAdmin(`CREATE SCHEMA ${name}`)
  const url = new URL(testDatabaseUrl)
  url.searchParams.set('options', `-c search_path=${name}`)
  return {
    name,
    databaseUrl: url.toString(),
    drop: () => runAsAdmin(`DROP SCHEMA IF EXISTS ${name} CASCADE`),
  }
}

async function runAsAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
