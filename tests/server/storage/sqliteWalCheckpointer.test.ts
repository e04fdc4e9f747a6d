import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createSilentLogger } from '../../../server/logging/Logger'
import { openSqliteDatabase } from '../../../server/storage/sqlite/openSqliteDatabase'
import { SqliteWalCheckpointer } from '../../../server/storage/sqlite/SqliteWalCheckpointer'

// Six megabytes: well past SQLite's automatic checkpoint at 1000 pages of 4 KB.
const blobs = Array.from({ length: 6 }, (_, index) => new Uint8Array(1024 * 1024).fill(index + 1))

describe('SqliteWalCheckpointer', () => {
  const directories: string[] = []
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
    for (const directory of directories.splice(0)) fs.rmSync(directory, { recursive: true, force: true })
  })

  function openDatabase(): { database: Database.Database; file: string } {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'fassung-wal-'))
    directories.push(directory)
    const file = path.join(directory, 'fassung.sqlite')
    const database = openSqliteDatabase(file)
    database.exec('CREATE TABLE test_blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL)')
    return { database, file }
  }

  function writeBlobs(database: Database.Database): void {
    const insert = database.prepare('INSERT INTO test_blobs (data) VALUES (?)')
    for (const blob of blobs) insert.run(blob)
  }

  async function waitUntil(condition: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 200 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(condition()).toBe(true)
  }

  it('leaves the checkpoint to its thread: commits only append to the log, and nothing is lost on close', async () => {
    const control = openDatabase()
    const controlSize = fs.statSync(control.file).size
    writeBlobs(control.database)
    // Without the thread, a commit copies the log into the database file itself.
    expect(fs.statSync(control.file).size).toBeGreaterThan(controlSize + 4 * 1024 * 1024)
    control.database.close()

    const { database, file } = openDatabase()
    const checkpointer = new SqliteWalCheckpointer(database, file, createSilentLogger(), { checkIntervalMs: 60_000 })
    const sizeBefore = fs.statSync(file).size
    writeBlobs(database)
    expect(fs.statSync(file).size).toBe(sizeBefore)
    await checkpointer.close()
    database.close()

    const reopened = new Database(file, { readonly: true })
    cleanups.push(() => { reopened.close() })
    const rows = reopened.prepare('SELECT data FROM test_blobs ORDER BY id').all() as { data: Buffer }[]
    expect(rows).toHaveLength(blobs.length)
    rows.forEach((row, index) => expect(Buffer.compare(row.data, blobs[index]!)).toBe(0))
  })

  it('checkpoints a long log from its thread while the database is in use, and the log then starts anew', async () => {
    const { database, file } = openDatabase()
    const checkpointer = new SqliteWalCheckpointer(database, file, createSilentLogger(), { checkIntervalMs: 50 })
    cleanups.push(() => { database.close() }, () => checkpointer.close())
    const sizeBefore = fs.statSync(file).size
    writeBlobs(database)
    await waitUntil(() => fs.statSync(file).size > sizeBefore + 4 * 1024 * 1024)
    // Once the checkpoint has copied the whole log, the next commit starts it anew from its beginning.
    const insert = database.prepare('INSERT INTO test_blobs (data) VALUES (?)')
    await waitUntil(() => {
      insert.run(new Uint8Array([1]))
      return fs.statSync(`${file}-wal`).size < 64 * 1024
    })
  })

  it('leaves a short log alone', async () => {
    const { database, file } = openDatabase()
    const checkpointer = new SqliteWalCheckpointer(database, file, createSilentLogger(), { checkIntervalMs: 20, thresholdBytes: 4 * 1024 * 1024 })
    cleanups.push(() => { database.close() }, () => checkpointer.close())
    const sizeBefore = fs.statSync(file).size
    database.prepare('INSERT INTO test_blobs (data) VALUES (?)').run(blobs[0])
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(fs.statSync(file).size).toBe(sizeBefore)
  })

  it('gives the checkpoint back to the connection when its thread cannot work', async () => {
    const { database } = openDatabase()
    const file = path.join(directories.at(-1)!, 'fassung.sqlite')
    const checkpointer = new SqliteWalCheckpointer(database, path.join(directories.at(-1)!, 'missing.sqlite'), createSilentLogger(), { checkIntervalMs: 50 })
    cleanups.push(() => { database.close() }, () => checkpointer.close())
    await waitUntil(() => database.pragma('wal_autocheckpoint', { simple: true }) !== 0)
    const sizeBefore = fs.statSync(file).size
    writeBlobs(database)
    expect(fs.statSync(file).size).toBeGreaterThan(sizeBefore + 4 * 1024 * 1024)
  })
})
