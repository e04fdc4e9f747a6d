import { useEffect, useState } from 'react'
import { useCurrentUser } from '../../session/useCurrentUser'
import { CollaborationSession } from './CollaborationSession'
import { collaborationServerUrl } from './collaborationServerUrl'
import { localCopyName } from './localCopyName'

/**
 * Opens the collaboration session of a document for as long as the calling component is mounted. People
 * who may write keep a copy in this browser for offline work; reviewers, who cannot edit, keep none.
 */
export function useCollaborationSession(documentId: string): CollaborationSession | null {
  const { account, canWrite } = useCurrentUser()
  const copyName = canWrite ? localCopyName(account?.id ?? 'ohne-konto', documentId) : null
  const [session, setSession] = useState<CollaborationSession | null>(null)
  useEffect(() => {
    const opened = new CollaborationSession(documentId, collaborationServerUrl(), { localCopyName: copyName })
    // The session owns a socket and timers, so it is created and destroyed by this effect; creating it
    // during render would leak one whenever React renders twice.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(opened)
    return () => {
      opened.destroy()
      setSession(null)
    }
  }, [documentId, copyName])
  return session
}
