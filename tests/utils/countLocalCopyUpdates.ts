import type { Page } from 'playwright-core'

/**
 * How many updates the page's origin holds in a y-indexeddb database. Only for a database the app has
 * already created: opening an unknown name would create it without the app's object stores.
 */
export function countLocalCopyUpdates(page: Page, databaseName: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open(name)
        opening.onerror = () => reject(opening.error ?? new Error(`cannot open ${name}`))
        opening.onsuccess = () => {
          const database = opening.result
          const counting = database.transaction('updates', 'readonly').objectStore('updates').count()
          counting.onerror = () => reject(counting.error ?? new Error(`cannot count in ${name}`))
          counting.onsuccess = () => {
            database.close()
            resolve(counting.result)
          }
        }
      }),
    databaseName,
  )
}
