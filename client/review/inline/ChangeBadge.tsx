import { useContext, type CSSProperties } from 'react'
import type { ChangeAuthor } from '../../../shared/changes/ChangeModel'
import { ChangeViewContext } from '../ChangeViewContext'

/**
 * A labelled marker for a change that has no text of its own to mark: a whole block inserted or deleted,
 * a changed attribute, a move or a new place among the siblings. A stop for Tab, the tooltip and the change list.
 */
export function ChangeBadge({ changeId, author, kind, children }: { changeId: string; author: ChangeAuthor | null | undefined; kind: 'inserted' | 'deleted' | 'attribute' | 'move' | 'reorder'; children: string }) {
  const view = useContext(ChangeViewContext)
  const classes = ['change-badge', `change-badge--${kind}`, 'change-target']
  if (view.decisionOf(changeId)?.decision === 'accepted') classes.push('is-accepted')
  if (view.currentChangeId === changeId) classes.push('is-current')
  return (
    <span
      className={classes.join(' ')}
      style={{ '--change-color': view.colorOf(author) } as CSSProperties}
      tabIndex={0}
      data-change-id={changeId}
      aria-describedby={view.descriptionIdOf(changeId)}
      data-testid="change-badge"
    >
      {children}
    </span>
  )
}
