// The object store in which y-indexeddb keeps a document's updates.
const updatesStore = 'updates'

/**
 * Replaces everything a y-indexeddb database holds of its document by `state`, in one IndexedDB
 * transaction: a browser closed meanwhile keeps either the old copy or the new one, never neither. No
 * `IndexeddbPersistence` may be open on the database while this runs.
 */
export function replaceLocalCopy(databaseName: string, state: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName)
    opening.onupgradeneeded = () => {
      opening.result.createObjectStore(updatesStore, { autoIncrement: true })
      opening.result.createObjectStore('custom')
    }
    opening.onerror = () => reject(opening.error ?? new Error(`cannot open ${databaseName}`))
    opening.onsuccess = () => {
      const database = opening.result
      const transaction = database.transaction(updatesStore, 'readwrite')
      const store = transaction.objectStore(updatesStore)
      store.clear()
      store.add(state)
      transaction.oncomplete = () => {
        database.close()
        resolve()
      }
      transaction.onabort = () => {
        database.close()
        reject(transaction.error ?? new Error(`cannot write ${databaseName}`))
      }
    }
  })
}
