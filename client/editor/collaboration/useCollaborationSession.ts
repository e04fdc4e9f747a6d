import { useEffect, useState } from 'react'
import { CollaborationSession } from './CollaborationSession'
import { collaborationServerUrl } from './collaborationServerUrl'

/** Opens the collaboration session of a document for as long as the calling component is mounted. */
export function useCollaborationSession(documentId: string): CollaborationSession | null {
  const [session, setSession] = useState<CollaborationSession | null>(null)
  useEffect(() => {
    const opened = new CollaborationSession(documentId, collaborationServerUrl())
    // The session owns a socket and timers, so it is created and destroyed by this effect; creating it
    // during render would leak one whenever React renders twice.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(opened)
    return () => {
      opened.destroy()
      setSession(null)
    }
  }, [documentId])
  return session
}
