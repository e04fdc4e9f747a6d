import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { CommentAnchor, CommentThread } from '../../../shared/review/CommentThread'
import type { MentionablePerson } from '../../../shared/review/MentionablePerson'
import { createCommentThread } from '../../review/api/createCommentThread'
import { replyToThread } from '../../review/api/replyToThread'
import { setThreadResolved } from '../../review/api/setThreadResolved'
import { truncateWords } from '../../text/truncateWords'
import { commentHighlightPluginKey, pendingPassageId, type HighlightUpdate } from './commentHighlightPlugin'
import { EditorThread } from './EditorThread'
import { MentionTextarea } from './MentionTextarea'
import { resolveCommentRange } from './resolveCommentRange'
import { readThreadHash } from './threadHash'

/**
 * The comment threads of the document beside the editor, open ones first, and the form for a comment on the
 * passage just selected (`pending`). Their passages are highlighted in the text; the active one more strongly.
 */
export function EditorCommentsPanel({
  editor,
  documentId,
  threads,
  loadError,
  people,
  pending,
  onPendingDone,
  onChanged,
  onAnnounce,
}: {
  editor: Editor | null
  documentId: string
  threads: readonly CommentThread[]
  loadError: string | null
  people: readonly MentionablePerson[]
  pending: CommentAnchor | null
  onPendingDone: () => void
  onChanged: () => void
  onAnnounce: (message: string) => void
}) {
  const headingId = useId()
  const textareaRef = useRef<HTMLTextAreaElement | null>(null)
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [chosenId, setActiveId] = useState<string | null>(null)
  // A notification's link (#kommentar-<id>) names the thread to show once the threads have arrived.
  const [requestedId, setRequestedId] = useState(() => readThreadHash(window.location.hash))
  const shownRequest = useRef<string | null>(null)
  const activeId = chosenId ?? requestedId

  const open = threads.filter((thread) => !thread.resolved)
  const resolved = threads.filter((thread) => thread.resolved)

  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    const passages = [
      ...open.flatMap((thread) => (thread.anchor.range ? [{ id: thread.id, range: thread.anchor.range }] : [])),
      ...(pending?.range ? [{ id: pendingPassageId, range: pending.range }] : []),
    ]
    const update: HighlightUpdate = { passages, activeId: pending ? pendingPassageId : activeId }
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightPluginKey, update).setMeta('addToHistory', false))
    // `open` is derived from `threads`, which is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, threads, pending, activeId])

  useEffect(() => {
    if (pending) textareaRef.current?.focus()
  }, [pending])

  useEffect(() => {
    const handleNavigation = () => {
      const requested = readThreadHash(window.location.hash)
      if (!requested) return
      shownRequest.current = null
      setActiveId(null)
      setRequestedId(requested)
    }
    window.addEventListener('popstate', handleNavigation)
    return () => window.removeEventListener('popstate', handleNavigation)
  }, [])

  useEffect(() => {
    if (!requestedId || shownRequest.current === requestedId) return
    const thread = threads.find((candidate) => candidate.id === requestedId)
    if (!thread || !editor || editor.isDestroyed) return
    shownRequest.current = requestedId
    showPassage(editor, thread)
    document.querySelector(`[data-testid="editor-thread"][data-thread-id="${CSS.escape(thread.id)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [requestedId, threads, editor])

  // The caret in a highlighted passage makes its thread the active one and brings it into view beside the text.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    const handleSelection = () => {
      const threadId = findThreadAtCaret(editor)
      if (!threadId || threadId === pendingPassageId) return
      setActiveId(threadId)
      document.querySelector(`[data-testid="editor-thread"][data-thread-id="${CSS.escape(threadId)}"]`)?.scrollIntoView({ block: 'nearest' })
    }
    editor.on('selectionUpdate', handleSelection)
    return () => {
      editor.off('selectionUpdate', handleSelection)
    }
  }, [editor])

  const handleCreate = async (event?: FormEvent) => {
    event?.preventDefault()
    if (!pending) return
    if (!body.trim()) {
      setError('Bitte einen Kommentar schreiben.')
      textareaRef.current?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      const thread = await createCommentThread(documentId, pending, body)
      setBody('')
      setActiveId(thread.id)
      onPendingDone()
      onChanged()
      onAnnounce('Kommentar gespeichert.')
      // Back to the text, at the end of the commented passage, so that writing can go on.
      focusEditorAt(editor, thread)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }
  const handleCancel = () => {
    setBody('')
    setError(null)
    onPendingDone()
    editor?.commands.focus()
  }
  const handleShowPassage = (thread: CommentThread) => () => {
    setActiveId(thread.id)
    if (!showPassage(editor, thread)) onAnnounce('Die Textstelle dieses Kommentars gibt es nicht mehr.')
  }

  const renderThread = (thread: CommentThread) => (
    <EditorThread
      key={thread.id}
      thread={thread}
      active={thread.id === activeId}
      people={people}
      onShowPassage={handleShowPassage(thread)}
      onReply={async (reply) => {
        await replyToThread(documentId, thread.id, reply)
        onChanged()
        onAnnounce('Antwort gespeichert.')
      }}
      onResolve={async (isResolved) => {
        await setThreadResolved(documentId, thread.id, isResolved)
        onChanged()
        onAnnounce(isResolved ? 'Kommentar als erledigt markiert.' : 'Kommentar wieder geöffnet.')
      }}
    />
  )

  return (
    <section className="editor-comments" aria-labelledby={headingId} data-testid="editor-comments">
      <h2 id={headingId}>Kommentare</h2>
      {pending ? (
        <form className="new-comment" onSubmit={handleCreate} data-testid="editor-new-comment">
          <p className="comment-thread-anchor">{`Zu „${truncateWords(pending.quote, 12)}“`}</p>
          <MentionTextarea value={body} onChange={setBody} people={people} label="Ihr Kommentar" textareaRef={textareaRef} testId="editor-new-comment-text" onSubmitShortcut={handleCreate} />
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <p className="button-row">
            <button type="submit" className="button button--primary button--small" disabled={busy} data-testid="editor-new-comment-save">
              Kommentar speichern
            </button>
            <button type="button" className="button button--small" onClick={handleCancel}>
              Abbrechen
            </button>
          </p>
        </form>
      ) : (
        <p className="field-hint">Text markieren, dann „Kommentieren“ oder Strg+Alt+M.</p>
      )}
      {loadError ? (
        <p className="form-error" role="alert">
          {`Kommentare konnten nicht geladen werden: ${loadError}`}
        </p>
      ) : null}
      {open.length === 0 && !pending ? <p>Keine offenen Kommentare.</p> : null}
      <ol className="comment-threads" aria-label="Offene Kommentare">
        {open.map(renderThread)}
      </ol>
      {resolved.length > 0 ? (
        <details className="comment-resolved">
          <summary>{`Erledigt (${resolved.length})`}</summary>
          <ol className="comment-threads">{resolved.map(renderThread)}</ol>
        </details>
      ) : null}
    </section>
  )
}

function findThreadAtCaret(editor: Editor): string | null {
  const { head } = editor.state.selection
  const found = commentHighlightPluginKey.getState(editor.state)?.decorations.find(head, head)
  const spec = found?.[0]?.spec as { threadId?: string } | undefined
  return spec?.threadId ?? null
}

function showPassage(editor: Editor | null, thread: CommentThread): boolean {
  if (!editor || editor.isDestroyed || !thread.anchor.range) return false
  const place = resolveCommentRange(editor.state, thread.anchor.range)
  if (!place) return false
  editor.chain().setTextSelection(place).scrollIntoView().focus().run()
  return true
}

function focusEditorAt(editor: Editor | null, thread: CommentThread): void {
  if (!editor || editor.isDestroyed || !thread.anchor.range) return
  const place = resolveCommentRange(editor.state, thread.anchor.range)
  if (!place) return
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, place.to)))
  editor.commands.focus()
}
