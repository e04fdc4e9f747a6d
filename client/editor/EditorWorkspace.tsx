import { useEffect, type MouseEvent } from 'react'
import type { DocumentMetadata } from '../api/apiTypes'
import { EditorHeaderExports } from '../exports/EditorHeaderExports'
import { AppHeader } from '../layout/AppHeader'
import { useCollaborationSession } from './collaboration/useCollaborationSession'
import { useSessionSnapshot } from './collaboration/useSessionSnapshot'
import { ConceptEditor } from './ConceptEditor'
import { ConnectionStatus } from './collaboration/ConnectionStatus'
import { describeSessionWait } from './collaboration/describeSessionWait'
import { PresenceAnnouncer } from '../presence/PresenceAnnouncer'
import { PresenceAvatars } from '../presence/PresenceAvatars'
import { DroppedInputNotice } from './collaboration/DroppedInputNotice'
import { AppLink } from '../routing/AppLink'
import { activityPath } from '../routing/activityPath'
import { fassungenPath } from '../routing/fassungenPath'

/** The editor page of a loaded document: header with title and connection state, then the editor. */
export function EditorWorkspace({ document: metadata }: { document: DocumentMetadata }) {
  const session = useCollaborationSession(metadata.id)
  const snapshot = useSessionSnapshot(session)
  const { connection, closedReason } = snapshot
  const title = metadata.title || 'Unbenanntes Konzept'

  useEffect(() => {
    document.title = `${title} – Fassung`
  }, [title])

  const handleSkipToText = (event: MouseEvent<HTMLAnchorElement>) => {
    const text = document.getElementById('konzepttext')
    if (!text) return
    event.preventDefault()
    text.focus()
  }

  return (
    <div className="editor-page">
      <AppHeader>
        <a className="skip-link" href="#konzepttext" onClick={handleSkipToText}>
          Zum Konzepttext springen
        </a>
        <h1 className="document-title" data-testid="document-title">
          {title}
        </h1>
        <AppLink href={fassungenPath(metadata.id)} className="app-header-link" data-testid="open-fassungen">
          Fassungen &amp; Vergleich
        </AppLink>
        <AppLink href={activityPath(metadata.id)} className="app-header-link" data-testid="open-activity">
          Aktivität
        </AppLink>
        <EditorHeaderExports documentId={metadata.id} />
        {session ? <PresenceAvatars awareness={session.provider.awareness} /> : null}
        {session ? <PresenceAnnouncer awareness={session.provider.awareness} /> : null}
        <DroppedInputNotice />
        <ConnectionStatus connection={connection} closedReason={closedReason} keepsLocalCopy={snapshot.keepsLocalCopy} />
      </AppHeader>
      {/* The editor starts from the server's copy, or offline from this browser's copy if it has content: an editor on the still empty document would write an empty paragraph into it. */}
      {session && snapshot.ready ? (
        <ConceptEditor session={session} />
      ) : (
        <main className="page page--message">
          <p role="status">{describeSessionWait(snapshot)}</p>
        </main>
      )}
    </div>
  )
}
