import { useSyncExternalStore } from 'react'
import type { CollaborationSession } from './CollaborationSession'
import type { SessionSnapshot } from './ConnectionState'

const noSession: SessionSnapshot = { connection: 'connecting', synced: false, closedReason: null, keepsLocalCopy: false, ready: false }
const subscribeToNothing = () => () => undefined
const readNoSession = () => noSession

/** The session's connection state, re-rendering the caller when it changes; "connecting" while there is no session yet. */
export function useSessionSnapshot(session: CollaborationSession | null): SessionSnapshot {
  return useSyncExternalStore(session?.subscribe ?? subscribeToNothing, session?.getSnapshot ?? readNoSession)
}
