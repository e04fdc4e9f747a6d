import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { testAdminPassword } from '../../utils/createTestServer'
import { startServerProcess, type ServerProcess } from '../../utils/startServerProcess'

describe('worker threads start however the server is started', () => {
  let server: ServerProcess | null = null
  let dataDirectory = ''

  afterEach(async () => {
    await server?.kill('SIGTERM')
    server = null
    await fs.rm(dataDirectory, { recursive: true, force: true })
  })

  for (const launcher of ['node', 'tsx'] as const) {
    it(`imports a text in a worker when the server runs as its own process (${launcher === 'tsx' ? 'tsx server/main.ts, as npm start' : 'node --import tsx'})`, async () => {
      dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-workers-'))
      server = await startServerProcess(dataDirectory, {}, { launcher })
      const session = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: testAdminPassword }) })
      const { token } = (await session.json()) as { token: string }
      const imported = await fetch(`${server.url}/api/documents/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ text: 'Integrationskonzept\n\n1 Bildung\n\nAlle lernen.', title: 'Im Worker importiert' }),
      })
      expect(imported.status).toBe(201)
      expect(((await imported.json()) as { document: { title: string } }).document.title).toBe('Im Worker importiert')
    })
  }
})
