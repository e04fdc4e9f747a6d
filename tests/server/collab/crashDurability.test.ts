import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, it } from 'vitest'
import type { TestClient } from '../../utils/createTestClient'
import { crashWhileTyping } from '../../utils/crashWhileTyping'
import type { ServerProcess } from '../../utils/startServerProcess'

describe('durability on SQLite across kill -9', () => {
  const processes: ServerProcess[] = []
  const clients: TestClient[] = []
  let dataDirectory = ''

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const process of processes.splice(0)) await process.kill()
    await fs.rm(dataDirectory, { recursive: true, force: true })
  })

  it('keeps every update any client had received when the server is killed mid-typing', async () => {
    dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-crash-'))
    await crashWhileTyping({ dataDirectory, processes, clients })
  })
})
