import type { CommentThread } from '../../../shared/review/CommentThread'
import { formatChangeTime } from '../formatChangeTime'
import { truncateWords } from '../../text/truncateWords'
import { ReplyForm } from './ReplyForm'

/** One comment thread: what it refers to, its comments, a reply, resolve or reopen. */
export function CommentThreadView({
  thread,
  current,
  canJump,
  onJump,
  onReply,
  onResolve,
}: {
  thread: CommentThread
  current: boolean
  canJump: boolean
  onJump: () => void
  onReply: (body: string) => Promise<void>
  onResolve: (resolved: boolean) => void
}) {
  const first = thread.comments[0]
  const threadName = `Kommentar${first ? ` von ${first.authorName}` : ''}${thread.anchor.quote ? ` zu „${truncateWords(thread.anchor.quote, 6)}“` : ''}`
  const classes = ['comment-thread', thread.resolved ? 'is-resolved' : '', current ? 'is-current' : ''].filter(Boolean).join(' ')
  return (
    <li className={classes} data-testid="comment-thread" data-thread-id={thread.id}>
      <p className="comment-thread-anchor">
        {thread.anchor.quote ? `Zu „${truncateWords(thread.anchor.quote, 12)}“` : 'Zu einer Textstelle'}
        {canJump ? (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onJump}>
              Zur Stelle
            </button>
          </>
        ) : null}
      </p>
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment" data-testid="comment">
            <p className="comment-meta">{[comment.authorName, comment.authorDepartment, formatChangeTime(comment.createdAt)].filter(Boolean).join(' · ')}</p>
            <p className="comment-body">{comment.body}</p>
          </li>
        ))}
      </ol>
      {thread.resolved ? null : <ReplyForm about={`auf den ${threadName}`} onSubmit={onReply} />}
      <button type="button" className="button button--small" onClick={() => onResolve(!thread.resolved)} data-testid="thread-resolve">
        {thread.resolved ? 'Wieder öffnen' : 'Als erledigt markieren'}
        <span className="visually-hidden">: {threadName}</span>
      </button>
    </li>
  )
}
