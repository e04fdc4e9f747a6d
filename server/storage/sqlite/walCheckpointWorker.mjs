// The thread that copies the SQLite write-ahead log into the database file (a checkpoint, with its fsyncs),
// so that the connection on the event loop only ever appends to the log. Plain JavaScript: it starts in a
// few milliseconds, without the TypeScript loader. PASSIVE never waits for the writer, nor the writer for it.
import fs from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'

const { databaseFile, checkIntervalMs, thresholdBytes } = workerData
const database = new Database(databaseFile, { fileMustExist: true })
const timer = setInterval(checkpointWhenLarge, checkIntervalMs)
parentPort.on('message', (message) => {
  if (message !== 'close') return
  clearInterval(timer)
  checkpoint()
  database.close()
  parentPort.close()
})

// Only a log this long is copied, as SQLite itself would: each checkpoint lets the writer start the log anew,
// which costs it one fsync of the log's header.
function checkpointWhenLarge() {
  if (logBytes() >= thresholdBytes) checkpoint()
}

function logBytes() {
  try {
    return fs.statSync(`${databaseFile}-wal`).size
  } catch (error) {
    if (error.code === 'ENOENT') return 0
    throw error
  }
}

function checkpoint() {
  database.pragma('wal_checkpoint(PASSIVE)')
}
