import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createSilentLogger } from '../../../server/logging/Logger'
import { createPostgresStorage } from '../../../server/storage/postgres/createPostgresStorage'
import { createSqliteStorage } from '../../../server/storage/sqlite/createSqliteStorage'
import type { Storage } from '../../../server/storage/Storage'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, projectRoot, type TestServer } from '../../utils/createTestServer'
import { postgresTestSchema, type PostgresTestSchema } from '../../utils/postgresTestSchema'
import { callApi, createAccount, createDocument, signInAsAdmin } from '../../utils/testAccounts'

function appendParagraph(ydoc: Y.Doc, text: string) {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
}

const text = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()

/** Runs the CLI as `npm run migrate:postgres` would. */
function runMigration(environment: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server/cli/migrateSqliteToPostgres.ts')], {
    cwd: projectRoot,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })))
}

describe('migrating a SQLite installation to PostgreSQL', () => {
  const clients: TestClient[] = []
  const servers: TestServer[] = []
  const storages: Storage[] = []
  let schema: PostgresTestSchema | null = null

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const storage of storages.splice(0)) await storage.close()
    for (const server of servers.splice(0)) await server.cleanup()
    await schema?.drop()
    schema = null
  })

  it('copies documents, updates, attributions, accounts, sessions, Fassungen and reviews, and the content loads identically', async () => {
    // An installation used for a while, with compaction so that sequence numbers have gaps.
    const sqliteServer = await createTestServer({ collaboration: { compactAfterUpdates: 5 } })
    servers.push(sqliteServer)
    const admin = await signInAsAdmin(sqliteServer)
    const zuwanderung = await createAccount(sqliteServer, admin, { username: 'Zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await createDocument(sqliteServer, zuwanderung, 'Integrationskonzept Kreis Warendorf')
    const otherDocumentId = await createDocument(sqliteServer, admin, 'Zweites Konzept')
    expect((await callApi(sqliteServer, admin.token, 'PUT', `/api/documents/${otherDocumentId}/access`, { userIds: [admin.user.id] })).status).toBe(200)
    expect(
      (
        await callApi(sqliteServer, zuwanderung.token, 'PUT', `/api/documents/${documentId}/metadata`, {
          beratungsfolge: [{ id: 'afs', datum: '2019-03-21', gremium: 'Ausschuss für Soziales (AFS)', zustaendigkeit: 'Vorberatung' }],
        })
      ).status,
    ).toBe(200)

    const writer = createTestClient(sqliteServer.wsUrl, documentId, { params: { token: zuwanderung.token } })
    clients.push(writer)
    await waitForSync(writer.provider)
    for (let index = 0; index < 12; index += 1) appendParagraph(writer.ydoc, `Absatz ${index} über Sprachförderung`)
    const observer = createTestClient(sqliteServer.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(observer)
    await waitFor(() => text(observer.ydoc).includes('Absatz 11'), 'all paragraphs stored')
    const frozen = await callApi(sqliteServer, zuwanderung.token, 'POST', `/api/documents/${documentId}/fassungen`, {
      name: 'Beschlussempfehlung',
      gremium: 'Ausschuss für Soziales (AFS)',
      date: '2019-03-21',
      status: 'Beschlussempfehlung',
      beratungsfolgeId: 'afs',
    })
    expect(frozen.status).toBe(201)
    const { id: fassungId } = (await frozen.json()) as { id: string }
    appendParagraph(writer.ydoc, 'nach der Fassung')
    await waitFor(() => text(observer.ydoc).includes('nach der Fassung'), 'last paragraph stored')
    const comment = await callApi(sqliteServer, admin.token, 'POST', `/api/documents/${documentId}/comments`, {
      anchor: { blockId: null, changeId: null, quote: 'Sprachförderung' },
      body: 'Bitte mit dem Jobcenter abstimmen.',
    })
    expect(comment.status).toBe(201)
    await sqliteServer.storage.review.recordDecisions([
      { id: 'decision-1', documentId, changeId: 'change-1', covers: { kind: 'insertion', ranges: [[4_000_000_000, 3, 12]] }, decision: 'accepted', userId: admin.user.id, at: new Date().toISOString() },
      { id: 'decision-2', documentId, changeId: 'change-2', covers: null, decision: 'rejected', userId: admin.user.id, at: new Date().toISOString() },
    ])
    const expectedText = text(writer.ydoc)
    for (const client of clients.splice(0)) client.destroy()
    await sqliteServer.close()

    schema = await postgresTestSchema()
    const migration = await runMigration({ DATA_DIR: sqliteServer.dataDirectory, DATABASE_URL: schema.databaseUrl })
    expect(migration.stderr).toBe('')
    expect(migration.code).toBe(0)
    expect(migration.stdout).toContain('document_updates:')

    const sqlite = createSqliteStorage(path.join(sqliteServer.dataDirectory, 'fassung.sqlite'))
    const postgres = await createPostgresStorage(schema.databaseUrl, { logger: createSilentLogger(), maxConnections: 2 })
    storages.push(sqlite, postgres)
    expect(await postgres.documents.listDocuments()).toEqual(await sqlite.documents.listDocuments())
    expect(await postgres.accounts.listUsers()).toEqual(await sqlite.accounts.listUsers())
    expect(await postgres.accounts.findUserByUsername('zuwanderung')).toEqual(await sqlite.accounts.findUserByUsername('zuwanderung'))
    for (const id of [documentId, otherDocumentId]) {
      const [stored, copied] = [await sqlite.documents.loadUpdates(id), await postgres.documents.loadUpdates(id)]
      expect(copied.lastSequence).toBe(stored.lastSequence)
      expect(copied.updates.map((update) => Buffer.from(update).toString('base64'))).toEqual(stored.updates.map((update) => Buffer.from(update).toString('base64')))
      expect(await postgres.documents.listAttributions(id)).toEqual(await sqlite.documents.listAttributions(id))
      expect(await postgres.documents.getClientOwners(id)).toEqual(await sqlite.documents.getClientOwners(id))
      expect(await postgres.documents.getMetadata(id)).toEqual(await sqlite.documents.getMetadata(id))
      expect(await postgres.accounts.getDocumentAccess(id)).toEqual(await sqlite.accounts.getDocumentAccess(id))
      expect(await postgres.fassungen.listFassungen(id)).toEqual(await sqlite.fassungen.listFassungen(id))
      expect(await postgres.review.listThreads(id)).toEqual(await sqlite.review.listThreads(id))
      expect(await postgres.review.listDecisions(id)).toEqual(await sqlite.review.listDecisions(id))
    }
    expect((await postgres.documents.listAttributions(documentId)).length).toBeGreaterThan(10)
    expect(await postgres.review.listDecisions(documentId)).toHaveLength(2)
    expect(await postgres.accounts.getDocumentAccess(otherDocumentId)).toEqual([admin.user.id])
    const [storedFassung, copiedFassung] = [await sqlite.fassungen.getFassung(documentId, fassungId), await postgres.fassungen.getFassung(documentId, fassungId)]
    expect(Buffer.from(copiedFassung!.state).equals(Buffer.from(storedFassung!.state))).toBe(true)
    expect(Buffer.from(copiedFassung!.snapshot).equals(Buffer.from(storedFassung!.snapshot))).toBe(true)
    const lastSqliteSequence = (await sqlite.documents.loadUpdates(documentId)).lastSequence

    // The same installation on PostgreSQL: sessions still valid, content identical, sequence numbers growing on.
    const postgresServer = await createTestServer({ databaseUrl: schema.databaseUrl })
    servers.push(postgresServer)
    const reader = createTestClient(postgresServer.wsUrl, documentId, { params: { token: zuwanderung.token } })
    clients.push(reader)
    await waitForSync(reader.provider)
    expect(text(reader.ydoc)).toBe(expectedText)
    const watcher = createTestClient(postgresServer.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(watcher)
    await waitForSync(watcher.provider)
    appendParagraph(reader.ydoc, 'auf PostgreSQL weitergeschrieben')
    // Passed on only once stored.
    await waitFor(() => text(watcher.ydoc).includes('auf PostgreSQL weitergeschrieben'), 'the new paragraph is stored')
    expect((await postgres.documents.loadUpdates(documentId)).lastSequence).toBeGreaterThan(lastSqliteSequence)
    const versions = await callApi(postgresServer, zuwanderung.token, 'GET', `/api/documents/${documentId}/compare?from=${fassungId}&to=draft`)
    expect(versions.status).toBe(200)

    const again = await runMigration({ DATA_DIR: sqliteServer.dataDirectory, DATABASE_URL: schema.databaseUrl })
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already holds documents or accounts')
  })

  it('refuses to run without DATABASE_URL or without a SQLite database', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-empty-'))
    try {
      expect((await runMigration({ DATA_DIR: empty, DATABASE_URL: '' })).code).toBe(2)
      const missing = await runMigration({ DATA_DIR: empty, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' })
      expect(missing.code).toBe(2)
      expect(missing.stderr).toContain('Keine SQLite-Datenbank')
      expect(await fs.readdir(empty)).toEqual([])
    } finally {
      await fs.rm(empty, { recursive: true, force: true })
    }
  })
})
