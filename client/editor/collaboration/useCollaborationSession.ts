import { useEffect, useState } from 'react'
import { useCurrentUser } from '../../session/useCurrentUser'
import { CollaborationSession } from './CollaborationSession'
import { collaborationServerUrl } from './collaborationServerUrl'
import { localCopyName } from './localCopyName'

interface RebuiltDocument {
  documentId: string
  previousCopyName: string | null
  state: Uint8Array
  localCopyName: string | null
}

/**
 * Opens the collaboration session of a document for as long as the calling component is mounted. People
 * who may write keep a copy in this browser for offline work; reviewers, who cannot edit, keep none. When
 * another account took the session's clientID, the session is replaced by one on the rebuilt document.
 */
export function useCollaborationSession(documentId: string): CollaborationSession | null {
  const { account, canWrite } = useCurrentUser()
  const copyName = canWrite ? localCopyName(account?.id ?? 'ohne-konto', documentId) : null
  const [session, setSession] = useState<CollaborationSession | null>(null)
  const [rebuilt, setRebuilt] = useState<RebuiltDocument | null>(null)
  useEffect(() => {
    const restart = rebuilt && rebuilt.documentId === documentId && rebuilt.previousCopyName === copyName ? rebuilt : null
    const opened = new CollaborationSession(documentId, collaborationServerUrl(), {
      localCopyName: restart ? restart.localCopyName : copyName,
      initialState: restart?.state,
      onRebuilt: ({ state, localCopyName: rebuiltCopyName }) => setRebuilt({ documentId, previousCopyName: copyName, state, localCopyName: rebuiltCopyName }),
    })
    // The session owns a socket and timers, so it is created and destroyed by this effect; creating it
    // during render would leak one whenever React renders twice.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(opened)
    return () => {
      opened.destroy()
      setSession(null)
    }
  }, [documentId, copyName, rebuilt])
  return session
}
