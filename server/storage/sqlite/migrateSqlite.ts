import type Database from 'better-sqlite3'

const migrations: string[] = [
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE document_updates (
     sequence INTEGER PRIMARY KEY AUTOINCREMENT,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     data BLOB NOT NULL
   );
   CREATE INDEX document_updates_by_document ON document_updates (document_id, sequence);`,
]

/** Brings the schema up to date; each migration runs once, in order, inside a transaction. */
export function migrateSqlite(database: Database.Database): void {
  const currentVersion = database.pragma('user_version', { simple: true }) as number
  for (let version = currentVersion; version < migrations.length; version += 1) {
    database.transaction(() => {
      database.exec(migrations[version]!)
      database.pragma(`user_version = ${version + 1}`)
    })()
  }
}
