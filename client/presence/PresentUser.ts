import type { EditorLocation } from './EditorLocation'

/** One person in an open document, read from an awareness state (the server vouches for name and department). */
export interface PresentUser {
  clientId: number
  /** The account id; a stand-in derived from the client id where the server runs without accounts. */
  userId: string
  name: string
  department: string
  canWrite: boolean
  color: string
  location: EditorLocation | null
  /** Whether this is the state of this very browser tab. */
  isLocal: boolean
}
