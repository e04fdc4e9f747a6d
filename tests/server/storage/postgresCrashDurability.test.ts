import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { TestClient } from '../../utils/createTestClient'
import { crashWhileTyping } from '../../utils/crashWhileTyping'
import { postgresTestSchema, type PostgresTestSchema } from '../../utils/postgresTestSchema'
import type { ServerProcess } from '../../utils/startServerProcess'

describe('durability on PostgreSQL across kill -9', () => {
  const processes: ServerProcess[] = []
  const clients: TestClient[] = []
  let schema: PostgresTestSchema | null = null
  let dataDirectory = ''

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const process of processes.splice(0)) await process.kill()
    await schema?.drop()
    schema = null
    await fs.rm(dataDirectory, { recursive: true, force: true })
  })

  it('keeps every update any client had received when the server is killed mid-typing', async () => {
    schema = await postgresTestSchema()
    // The data directory stays empty: with DATABASE_URL, everything goes to PostgreSQL.
    dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-crash-pg-'))
    await crashWhileTyping({
      dataDirectory,
      environment: { DATABASE_URL: schema.databaseUrl },
      processes,
      clients,
      afterCrash: async () => expect(await fs.readdir(dataDirectory)).toEqual([]),
    })
  })
})
