import { randomBytes } from 'node:crypto'

/** A document id: 16 lowercase hex characters, safe in URLs and as a Yjs room name. */
export function createDocumentId(): string {
  return randomBytes(8).toString('hex')
}
