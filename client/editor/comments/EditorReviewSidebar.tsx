import type { Editor } from '@tiptap/core'
import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import type { CommentAnchor } from '../../../shared/review/CommentThread'
import type { MentionablePerson } from '../../../shared/review/MentionablePerson'
import { listCommentThreads } from '../../review/api/listCommentThreads'
import { usePolledRequest } from '../../review/usePolledRequest'
import { useCurrentUser } from '../../session/useCurrentUser'
import { ChangeCard } from '../trackChanges/ChangeCard'
import { TrackChangesControls } from '../trackChanges/TrackChangesControls'
import { TrackChangesPanel } from '../trackChanges/TrackChangesPanel'
import { createTrackChangesPlugin, trackChangesPluginKey } from '../trackChanges/trackChangesPlugin'
import { useTrackedChanges } from '../trackChanges/useTrackedChanges'
import { createCommentHighlightPlugin } from './commentHighlightPlugin'
import { createCommentShortcutPlugin } from './commentShortcutPlugin'
import { EditorCommentsPanel } from './EditorCommentsPanel'
import { listMentionablePeople } from './listMentionablePeople'
import { readCommentablePassage } from './readCommentablePassage'
import { useRegisteredPlugin } from './useRegisteredPlugin'

const threadPollMs = 5000

/**
 * Beside the live editor: comment on a selection (button or Ctrl+Alt+M) and the threads with their highlighted
 * passages; "Änderungen anzeigen seit" a Fassung, with the changes marked in the text and listed to accept or reject.
 */
export function EditorReviewSidebar({ editor, documentId, ydoc }: { editor: Editor | null; documentId: string; ydoc: Y.Doc }) {
  const { canWrite } = useCurrentUser()
  const [pending, setPending] = useState<CommentAnchor | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [people, setPeople] = useState<MentionablePerson[]>([])
  const [from, setFrom] = useState<string | null>(null)
  const [selectedChangeId, setSelectedChangeId] = useState<string | null>(null)
  const threads = usePolledRequest((signal) => listCommentThreads(documentId, signal), threadPollMs, documentId)
  const tracked = useTrackedChanges(editor, ydoc, documentId, from)

  const handleComment = () => {
    if (!editor || editor.isDestroyed) return
    const passage = readCommentablePassage(editor.state)
    if (!passage) {
      setAnnouncement('Bitte zuerst die Textstelle markieren, zu der Sie kommentieren möchten.')
      return
    }
    setPending(passage)
    setAnnouncement(`Kommentar zu „${passage.quote.slice(0, 60)}“: Text eingeben, mit Strg+Eingabe speichern.`)
  }
  const commentRef = useRef(handleComment)
  useEffect(() => {
    commentRef.current = handleComment
  })
  useRegisteredPlugin(editor, () => createCommentHighlightPlugin())
  useRegisteredPlugin(editor, () => createTrackChangesPlugin())
  useRegisteredPlugin(editor, () => createCommentShortcutPlugin(() => commentRef.current()))

  useEffect(() => {
    const controller = new AbortController()
    listMentionablePeople(documentId, controller.signal).then(setPeople, () => undefined)
    return () => controller.abort()
  }, [documentId])

  const handleSelectChange = (changeId: string) => {
    setSelectedChangeId(changeId)
    if (!editor || editor.isDestroyed) return
    const shown = trackChangesPluginKey.getState(editor.state)?.changes.find((change) => change.changeId === changeId)
    if (!shown) {
      setAnnouncement('Diese Änderung ist im Text nicht markiert (etwa ein gelöschter Block oder eine Formatierung).')
      return
    }
    editor.chain().setTextSelection({ from: shown.from, to: shown.to }).scrollIntoView().focus().run()
  }

  const threadState = threads.state
  return (
    <aside className="editor-annotations" aria-label="Kommentare und Änderungen" data-testid="editor-annotations">
      <div className="editor-annotations-bar">
        <button type="button" className="button button--small" onMouseDown={(event) => event.preventDefault()} onClick={handleComment} aria-keyshortcuts="Control+Alt+M" data-testid="comment-selection">
          Kommentieren
        </button>
        <TrackChangesControls documentId={documentId} from={from} onChange={setFrom} />
      </div>
      <p className="visually-hidden" role="status" data-testid="annotations-status">
        {announcement}
      </p>
      {from ? <ChangeCard editor={editor} documentId={documentId} from={from} canDecide={canWrite} onDecided={tracked.refresh} onAnnounce={setAnnouncement} /> : null}
      {from ? (
        <TrackChangesPanel
          documentId={documentId}
          from={from}
          state={tracked.state}
          canDecide={canWrite}
          selectedChangeId={selectedChangeId}
          onSelect={handleSelectChange}
          onDecided={tracked.refresh}
          onAnnounce={setAnnouncement}
        />
      ) : null}
      <EditorCommentsPanel
        editor={editor}
        documentId={documentId}
        threads={threadState.status === 'loading' ? [] : (threadState.value ?? [])}
        loadError={threadState.status === 'error' ? threadState.message : null}
        people={people}
        pending={pending}
        onPendingDone={() => setPending(null)}
        onChanged={threads.refresh}
        onAnnounce={setAnnouncement}
      />
    </aside>
  )
}
