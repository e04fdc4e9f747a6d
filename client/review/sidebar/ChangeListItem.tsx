import type { CSSProperties } from 'react'
import type { ChangeEntry } from '../../../shared/changes/ChangeModel'
import type { ReviewDecision } from '../../../shared/review/ReviewDecision'
import { describeChangeKind } from '../../../shared/changes/describeChangeKind'
import { describeChangeLocation } from '../../../shared/changes/describeChangeLocation'
import { describeAuthor } from '../describeAuthor'
import { formatChangeTime } from '../formatChangeTime'

/** One change in the sidebar: what, where, by whom, when; decided or not; decide, comment, jump to it. */
export function ChangeListItem({
  entry,
  summary,
  color,
  decision,
  current,
  canDecide,
  busy,
  commentCount,
  onSelect,
  onDecide,
  onComment,
}: {
  entry: ChangeEntry
  /** What changed, in words; the entry's own summary unless the page words it better. */
  summary: string
  color: string
  decision: ReviewDecision | undefined
  current: boolean
  canDecide: boolean
  busy: boolean
  commentCount: number
  onSelect: () => void
  onDecide: (decision: 'accept' | 'reject') => void
  onComment: () => void
}) {
  const kind = describeChangeKind(entry)
  const location = describeChangeLocation(entry.location)
  const accepted = decision?.decision === 'accepted'
  const classes = ['change-item', current ? 'is-current' : '', accepted ? 'is-accepted' : ''].filter(Boolean).join(' ')
  return (
    <li className={classes} style={{ '--change-color': color } as CSSProperties} data-testid="change-item" data-change-id={entry.id}>
      <button type="button" className="change-item-select" onClick={onSelect} aria-current={current ? 'true' : undefined} data-testid="change-item-select">
        <span className="change-item-kind">{kind}</span>
        <span className={`change-item-summary change-item-summary--${entry.kind}`}>{summary || '(ohne Text)'}</span>
        {location ? (
          <span className="change-item-location" data-testid="change-item-location">
            {location}
          </span>
        ) : null}
        <span className="change-item-author" data-testid="change-item-author">
          {describeAuthor(entry.author)}
        </span>
      </button>
      {decision ? (
        <p className="change-item-decision" data-testid="change-item-decision">
          {`${accepted ? 'Angenommen' : 'Abgelehnt'}${decision.userName ? ` von ${decision.userName}` : ''} am ${formatChangeTime(decision.at)}`}
        </p>
      ) : null}
      <div className="change-item-actions">
        {canDecide && !accepted ? (
          <button type="button" className="button button--small" onClick={() => onDecide('accept')} disabled={busy} data-testid="change-accept">
            Annehmen<span className="visually-hidden">{`: ${kind} „${summary}“`}</span>
          </button>
        ) : null}
        {canDecide ? (
          <button type="button" className="button button--small" onClick={() => onDecide('reject')} disabled={busy} data-testid="change-reject">
            Ablehnen<span className="visually-hidden">{`: ${kind} „${summary}“`}</span>
          </button>
        ) : null}
        <button type="button" className="button button--small" onClick={onComment} data-testid="change-comment">
          {commentCount > 0 ? `Kommentare (${commentCount})` : 'Kommentieren'}
          <span className="visually-hidden">{`: ${kind} „${summary}“`}</span>
        </button>
      </div>
    </li>
  )
}
