import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { postgresTestSchema, type PostgresTestSchema } from '../../utils/postgresTestSchema'

export interface ScaledOutServers {
  servers: TestServer[]
  schema: PostgresTestSchema
  /** Stops the servers and drops their schema. */
  cleanup(): Promise<void>
}

/** Server instances on port 0 sharing one fresh PostgreSQL schema, each reaching Redis through its own URL. */
export async function createScaledOutServers(redisUrls: string[]): Promise<ScaledOutServers> {
  const schema = await postgresTestSchema()
  const servers: TestServer[] = []
  // One after the other: the first creates the admin account the others then find.
  for (const redisUrl of redisUrls) servers.push(await createTestServer({ databaseUrl: schema.databaseUrl, redisUrl }))
  return {
    servers,
    schema,
    async cleanup() {
      for (const server of servers) await server.cleanup()
      await schema.drop()
    },
  }
}
