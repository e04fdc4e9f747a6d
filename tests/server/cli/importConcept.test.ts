import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { yDocToConceptNode } from '../../../shared/yjs/conceptConversions'
import { collectTeilziele } from '../../../shared/model/readConcept'
import { createTestClient, waitForSync } from '../../utils/createTestClient'
import { createTestServer, projectRoot, type TestServer } from '../../utils/createTestServer'
import { callApi, signInAsAdmin } from '../../utils/testAccounts'

const run = promisify(execFile)

describe('npm run import', () => {
  let server: TestServer | null = null
  let dataDirectory = ''

  afterEach(async () => {
    await server?.cleanup()
    await fs.rm(dataDirectory, { recursive: true, force: true })
  })

  it('imports a text file into the local installation, where the server then finds it', async () => {
    dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-cli-'))
    const fixture = path.join(projectRoot, 'tests/fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt')
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/cli/importConcept.ts', fixture, '--title', 'Konzept Rendsburg-Eckernförde'], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: dataDirectory, ADMIN_PASSWORD: 'admin-passwort-1', LOG_LEVEL: 'error' },
    })
    expect(stdout).toContain('21 Teilziele')
    const id = /\(id ([0-9a-f]+)\)/.exec(stdout)?.[1]
    expect(id).toBeDefined()

    server = await createTestServer({ dataDirectory })
    const admin = await signInAsAdmin(server)
    const listed = (await (await callApi(server, admin.token, 'GET', '/api/documents')).json()) as { documents: { id: string; title: string }[] }
    expect(listed.documents).toContainEqual(expect.objectContaining({ id, title: 'Konzept Rendsburg-Eckernförde' }))
    const client = createTestClient(server.wsUrl, id!, { params: { token: admin.token } })
    await waitForSync(client.provider)
    expect(collectTeilziele(yDocToConceptNode(client.ydoc))).toHaveLength(21)
    client.destroy()
  })

  it('explains how to call it when the file is missing', async () => {
    dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-cli-'))
    const failure = await run(process.execPath, ['--import', 'tsx', 'server/cli/importConcept.ts'], { cwd: projectRoot, env: { ...process.env, DATA_DIR: dataDirectory } }).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 2 })
    expect((failure as { stderr: string }).stderr).toContain('Aufruf: npm run import')
  })
})
