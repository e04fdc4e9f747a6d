import { useId, useState, type RefObject } from 'react'
import type { CommentAnchor, CommentThread } from '../../../shared/review/CommentThread'
import { createCommentThread } from '../api/createCommentThread'
import { replyToThread } from '../api/replyToThread'
import { setThreadResolved } from '../api/setThreadResolved'
import type { CommentTarget } from './CommentTarget'
import { CommentThreadView } from './CommentThreadView'
import { NewCommentForm } from './NewCommentForm'

/**
 * The comment threads of the document beside the comparison: those on the current change first, resolved
 * ones folded away; a form for a new one. The list is polled by the page, `onChanged` reloads it at once.
 */
export function CommentsPanel({
  documentId,
  threads,
  loadError,
  currentChange,
  currentChangeId,
  documentRef,
  textareaRef,
  canJumpTo,
  onJump,
  onChanged,
}: {
  documentId: string
  threads: CommentThread[] | null
  loadError: string | null
  currentChange: CommentTarget | null
  currentChangeId: string | null
  documentRef: RefObject<HTMLElement | null>
  textareaRef: RefObject<HTMLTextAreaElement | null>
  canJumpTo: (anchor: CommentAnchor) => boolean
  onJump: (anchor: CommentAnchor) => void
  onChanged: () => void
}) {
  const headingId = useId()
  const [error, setError] = useState<string | null>(null)

  const handleCreate = async (anchor: CommentAnchor, body: string) => {
    await createCommentThread(documentId, anchor, body)
    onChanged()
  }
  const handleReply = (threadId: string) => async (body: string) => {
    await replyToThread(documentId, threadId, body)
    onChanged()
  }
  const handleResolve = (threadId: string) => (resolved: boolean) => {
    setError(null)
    setThreadResolved(documentId, threadId, resolved).then(onChanged, (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)))
  }

  const all = threads ?? []
  const isCurrent = (thread: CommentThread) => currentChangeId !== null && thread.anchor.changeId === currentChangeId
  const open = all.filter((thread) => !thread.resolved).sort((a, b) => Number(isCurrent(b)) - Number(isCurrent(a)))
  const resolved = all.filter((thread) => thread.resolved)
  const renderThread = (thread: CommentThread) => (
    <CommentThreadView
      key={thread.id}
      thread={thread}
      current={isCurrent(thread)}
      canJump={canJumpTo(thread.anchor)}
      onJump={() => onJump(thread.anchor)}
      onReply={handleReply(thread.id)}
      onResolve={handleResolve(thread.id)}
    />
  )

  return (
    <section className="comments-panel" aria-labelledby={headingId} data-testid="comments-panel">
      <h2 id={headingId}>Kommentare</h2>
      <NewCommentForm currentChange={currentChange} documentRef={documentRef} textareaRef={textareaRef} onSubmit={handleCreate} />
      {loadError ? (
        <p className="form-error" role="alert">
          {`Kommentare konnten nicht geladen werden: ${loadError}`}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {threads === null ? (
        <p role="status">Kommentare werden geladen …</p>
      ) : open.length === 0 ? (
        <p className="form-hint">Keine offenen Kommentare.</p>
      ) : (
        <ol className="comment-threads">{open.map(renderThread)}</ol>
      )}
      {resolved.length > 0 ? (
        <details className="resolved-threads">
          <summary>{`Erledigte Kommentare (${resolved.length})`}</summary>
          <ol className="comment-threads">{resolved.map(renderThread)}</ol>
        </details>
      ) : null}
    </section>
  )
}
