import type Database from 'better-sqlite3'
import type pg from 'pg'
import { runInTransaction } from './runInTransaction'

interface TableCopy {
  table: string
  /** Reads the SQLite rows in the order they were written, so that insertion order carries over. */
  select: string
  insert: string
}

// Parents before children, for the foreign keys.
const tables: TableCopy[] = [
  {
    table: 'users',
    select: 'SELECT id, username, name, department, role, password_hash, created_at, active FROM users ORDER BY rowid',
    insert: 'INSERT INTO users (id, username, name, department, role, password_hash, created_at, active) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::integer <> 0)',
  },
  {
    table: 'departments',
    select: 'SELECT name FROM departments ORDER BY position',
    insert: 'INSERT INTO departments (name) VALUES ($1)',
  },
  {
    table: 'documents',
    select: 'SELECT id, title, created_at, updated_at, metadata FROM documents ORDER BY rowid',
    insert: 'INSERT INTO documents (id, title, created_at, updated_at, metadata) VALUES ($1, $2, $3, $4, $5::jsonb)',
  },
  {
    table: 'sessions',
    select: 'SELECT token_hash, user_id, expires_at FROM sessions ORDER BY rowid',
    insert: 'INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)',
  },
  {
    table: 'document_access',
    select: 'SELECT document_id, user_id FROM document_access ORDER BY rowid',
    insert: 'INSERT INTO document_access (document_id, user_id) VALUES ($1, $2)',
  },
  {
    table: 'document_updates',
    select: 'SELECT sequence, document_id, data FROM document_updates ORDER BY sequence',
    insert: 'INSERT INTO document_updates (sequence, document_id, data) VALUES ($1, $2, $3)',
  },
  {
    table: 'update_attributions',
    select: 'SELECT id, document_id, user_id, at, inserted, deleted FROM update_attributions ORDER BY id',
    insert: 'INSERT INTO update_attributions (id, document_id, user_id, at, inserted, deleted) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)',
  },
  {
    table: 'client_owners',
    select: 'SELECT document_id, client_id, user_id FROM client_owners ORDER BY rowid',
    insert: 'INSERT INTO client_owners (document_id, client_id, user_id) VALUES ($1, $2, $3)',
  },
  {
    table: 'fassungen',
    select: 'SELECT id, document_id, name, gremium, date, status, beratungsfolge_id, created_at, created_by, snapshot, state FROM fassungen ORDER BY rowid',
    insert: `INSERT INTO fassungen (id, document_id, name, gremium, date, status, beratungsfolge_id, created_at, created_by, snapshot, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
  },
  {
    table: 'comment_threads',
    select: 'SELECT id, document_id, anchor, resolved_by, created_at FROM comment_threads ORDER BY rowid',
    insert: 'INSERT INTO comment_threads (id, document_id, anchor, resolved_by, created_at) VALUES ($1, $2, $3::jsonb, $4, $5)',
  },
  {
    table: 'comments',
    select: 'SELECT id, thread_id, author_id, body, created_at FROM comments ORDER BY rowid',
    insert: 'INSERT INTO comments (id, thread_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5)',
  },
  {
    table: 'review_decisions',
    select: 'SELECT id, document_id, change_id, covers, decision, user_id, at FROM review_decisions ORDER BY rowid',
    insert: 'INSERT INTO review_decisions (id, document_id, change_id, covers, decision, user_id, at) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)',
  },
  {
    table: 'notifications',
    select: 'SELECT id, user_id, kind, document_id, thread_id, decision, actor_id, excerpt, created_at, read_at FROM notifications ORDER BY rowid',
    insert: `INSERT INTO notifications (id, user_id, kind, document_id, thread_id, decision, actor_id, excerpt, created_at, read_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
  },
]

/**
 * Copies a whole SQLite installation into a migrated, empty PostgreSQL schema in one transaction: all of
 * it or, if anything fails, nothing. Updates keep their sequence numbers and bytes. Returns the rows copied per table.
 */
export async function copySqliteToPostgres(sqlite: Database.Database, pool: pg.Pool): Promise<Record<string, number>> {
  return runInTransaction(pool, async (client) => {
    const { rows } = await client.query<{ count: string }>('SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM users) AS count')
    if (Number(rows[0]!.count) > 0) throw new Error('the PostgreSQL database already holds documents or accounts; migrate into an empty one')
    const copied: Record<string, number> = {}
    for (const { table, select, insert } of tables) {
      let count = 0
      for (const row of sqlite.prepare(select).raw().iterate() as IterableIterator<unknown[]>) {
        await client.query(insert, row)
        count += 1
      }
      copied[table] = count
    }
    // Sequence numbers keep growing from where SQLite left off, also past updates that compaction has removed.
    const sqliteSequence = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'document_updates'").get() as { seq: number } | undefined
    await client.query(
      `SELECT setval(pg_get_serial_sequence('document_updates', 'sequence'), next, next > 0)
         FROM (SELECT GREATEST($1::bigint, (SELECT COALESCE(MAX(sequence), 0) FROM document_updates)) AS next) AS last`,
      [sqliteSequence?.seq ?? 0],
    )
    await client.query(
      `SELECT setval(pg_get_serial_sequence('update_attributions', 'id'), next, next > 0)
         FROM (SELECT COALESCE(MAX(id), 0) AS next FROM update_attributions) AS last`,
    )
    return copied
  })
}
