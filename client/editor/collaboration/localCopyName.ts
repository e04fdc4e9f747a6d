/**
 * The IndexedDB database that keeps a document in this browser, one per account and document: the offline
 * edits of one account must never be sent, and attributed, under another account signed in later on the
 * same computer.
 */
export function localCopyName(accountId: string, documentId: string): string {
  return `fassung:${accountId}:${documentId}`
}
