import { useState, type FormEvent } from 'react'
import type { CommentThread } from '../../../shared/review/CommentThread'
import type { MentionablePerson } from '../../../shared/review/MentionablePerson'
import { formatChangeTime } from '../../review/formatChangeTime'
import { truncateWords } from '../../text/truncateWords'
import { MentionTextarea } from './MentionTextarea'

/** One thread beside the editor: its passage (a button that selects it in the text), its comments, reply and resolve. */
export function EditorThread({
  thread,
  active,
  people,
  onShowPassage,
  onReply,
  onResolve,
}: {
  thread: CommentThread
  active: boolean
  people: readonly MentionablePerson[]
  onShowPassage: () => void
  onReply: (body: string) => Promise<void>
  onResolve: (resolved: boolean) => Promise<void>
}) {
  const [reply, setReply] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const author = thread.comments[0]?.authorName ?? 'Unbekannt'

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }
  const handleReply = (event?: FormEvent) => {
    event?.preventDefault()
    if (!reply.trim()) {
      setError('Die Antwort ist leer.')
      return
    }
    void run(async () => {
      await onReply(reply)
      setReply('')
    })
  }

  return (
    <li className={['comment-thread', active ? 'is-current' : '', thread.resolved ? 'is-resolved' : ''].filter(Boolean).join(' ')} data-testid="editor-thread" data-thread-id={thread.id}>
      <button type="button" className="link-button comment-thread-anchor" onClick={onShowPassage} aria-pressed={active} data-testid="editor-thread-passage">
        {thread.anchor.quote ? `Zu „${truncateWords(thread.anchor.quote, 12)}“` : 'Zu einer Textstelle'}
      </button>
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment" data-testid="editor-comment">
            <p className="comment-meta">{[comment.authorName, comment.authorDepartment, formatChangeTime(comment.createdAt)].filter(Boolean).join(' · ')}</p>
            <p className="comment-body">{comment.body}</p>
          </li>
        ))}
      </ol>
      {thread.resolved ? null : (
        <form className="comment-reply" onSubmit={handleReply}>
          <MentionTextarea value={reply} onChange={setReply} people={people} label={`Antwort an ${author}`} testId="editor-thread-reply-text" onSubmitShortcut={handleReply} />
          <button type="submit" className="button button--small" disabled={busy} data-testid="editor-thread-reply">
            Antworten
          </button>
        </form>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="button button--small" disabled={busy} onClick={() => void run(() => onResolve(!thread.resolved))} data-testid="editor-thread-resolve">
        {thread.resolved ? 'Wieder öffnen' : 'Als erledigt markieren'}
      </button>
    </li>
  )
}
