import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSilentLogger } from '../../server/logging/Logger'
import { startServer, type RunningServer, type StartServerOptions } from '../../server/startServer'

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

export const testAdminPassword = 'admin-passwort-1'

export interface TestServer extends RunningServer {
  dataDirectory: string
  wsUrl: string
  /** Stops the server and removes its data directory. */
  cleanup(): Promise<void>
}

/** A real server on a free port with its own temporary data directory. */
export async function createTestServer(options: Partial<StartServerOptions> = {}): Promise<TestServer> {
  const dataDirectory = options.dataDirectory ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-test-')))
  const server = await startServer({
    port: 0,
    dataDirectory,
    // A private client build (several people testing in one checkout) can be named with FASSUNG_TEST_STATIC_DIR.
    staticDirectory: process.env['FASSUNG_TEST_STATIC_DIR'] ?? path.join(projectRoot, 'dist/client'),
    logger: createSilentLogger(),
    adminPassword: testAdminPassword,
    ...options,
  }).catch(async (error: unknown) => {
    if (!options.dataDirectory) await fs.rm(dataDirectory, { recursive: true, force: true })
    throw error
  })
  let closed = false
  return {
    ...server,
    dataDirectory,
    wsUrl: `ws://127.0.0.1:${server.port}/collab`,
    async close() {
      if (closed) return
      closed = true
      await server.close()
    },
    async cleanup() {
      if (!closed) {
        closed = true
        await server.close()
      }
      await fs.rm(dataDirectory, { recursive: true, force: true })
    },
  }
}
