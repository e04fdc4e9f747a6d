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
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     username TEXT NOT NULL UNIQUE COLLATE NOCASE,
     name TEXT NOT NULL,
     department TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'reviewer')),
     password_hash TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     expires_at TEXT NOT NULL
   );
   CREATE TABLE document_access (
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     PRIMARY KEY (document_id, user_id)
   );
   CREATE TABLE update_attributions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     user_id TEXT NOT NULL,
     at TEXT NOT NULL,
     inserted TEXT NOT NULL,
     deleted TEXT NOT NULL
   );
   CREATE INDEX update_attributions_by_document ON update_attributions (document_id, id);
   CREATE TABLE client_owners (
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     client_id INTEGER NOT NULL,
     user_id TEXT NOT NULL,
     PRIMARY KEY (document_id, client_id)
   );`,
  `ALTER TABLE documents ADD COLUMN metadata TEXT;
   CREATE TABLE fassungen (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     gremium TEXT NOT NULL,
     date TEXT NOT NULL,
     status TEXT NOT NULL,
     beratungsfolge_id TEXT,
     created_at TEXT NOT NULL,
     created_by TEXT NOT NULL,
     snapshot BLOB NOT NULL,
     state BLOB NOT NULL
   );
   CREATE INDEX fassungen_by_document ON fassungen (document_id, created_at);
   CREATE TABLE comment_threads (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     anchor TEXT NOT NULL,
     resolved_by TEXT,
     created_at TEXT NOT NULL
   );
   CREATE INDEX comment_threads_by_document ON comment_threads (document_id, created_at);
   CREATE TABLE comments (
     id TEXT PRIMARY KEY,
     thread_id TEXT NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
     author_id TEXT NOT NULL,
     body TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX comments_by_thread ON comments (thread_id, created_at);
   CREATE TABLE review_decisions (
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     change_id TEXT NOT NULL,
     decision TEXT NOT NULL,
     user_id TEXT NOT NULL,
     at TEXT NOT NULL,
     PRIMARY KEY (document_id, change_id)
   );`,
  `ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
   CREATE INDEX sessions_by_user ON sessions (user_id);`,
  // Decisions become a log of what was decided on which items (covers: JSON of kind and item ranges); the
  // decisions stored before keep their change id and no covers, and stay readable.
  `CREATE TABLE review_decisions_log (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     change_id TEXT NOT NULL,
     covers TEXT,
     decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
     user_id TEXT NOT NULL,
     at TEXT NOT NULL
   );
   INSERT INTO review_decisions_log (id, document_id, change_id, covers, decision, user_id, at)
     SELECT 'legacy:' || document_id || ':' || change_id, document_id, change_id, NULL, decision, user_id, at FROM review_decisions ORDER BY rowid;
   DROP TABLE review_decisions;
   ALTER TABLE review_decisions_log RENAME TO review_decisions;
   CREATE INDEX review_decisions_by_document ON review_decisions (document_id, at);`,
  `CREATE TABLE notifications (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     kind TEXT NOT NULL CHECK (kind IN ('mention', 'reply', 'decision')),
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     thread_id TEXT,
     decision TEXT CHECK (decision IN ('accepted', 'rejected')),
     actor_id TEXT NOT NULL,
     excerpt TEXT NOT NULL,
     created_at TEXT NOT NULL,
     read_at TEXT
   );
   CREATE INDEX notifications_by_user ON notifications (user_id, created_at);`,
  // The Fachdienste the administration offers for accounts; their order gives each its colour. Seeded with
  // the departments accounts already name, in the order the accounts were created.
  `CREATE TABLE departments (
     position INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL UNIQUE COLLATE NOCASE
   );
   INSERT INTO departments (name)
     SELECT MIN(department) FROM users WHERE trim(department) <> '' GROUP BY lower(department) ORDER BY MIN(rowid);`,
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
