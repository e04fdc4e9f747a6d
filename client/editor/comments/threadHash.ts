const prefix = '#kommentar-'

/** The address fragment that opens a document at one comment thread, as notifications link to it. */
export function threadHash(threadId: string): string {
  return `${prefix}${encodeURIComponent(threadId)}`
}

/** The thread an address fragment names, or null. */
export function readThreadHash(hash: string): string | null {
  if (!hash.startsWith(prefix)) return null
  try {
    return decodeURIComponent(hash.slice(prefix.length)) || null
  } catch {
    return null
  }
}
