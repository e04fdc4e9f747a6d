import { useContext, type CSSProperties, type ReactNode } from 'react'
import type { ChangeAuthor } from '../../../shared/changes/ChangeModel'
import { ChangeViewContext } from '../ChangeViewContext'

/**
 * Inserted text (underlined), deleted text (struck through) or text whose marks changed (dotted underline) in
 * the colour of its author's department.
 * With a change id it is a stop for Tab, the tooltip and the change list; without one (text inside a
 * block that was inserted or deleted as a whole) it is only marked.
 */
export function ChangeMark({ status, changeId, author, children }: { status: 'inserted' | 'deleted' | 'format'; changeId?: string; author: ChangeAuthor | null | undefined; children: ReactNode }) {
  const view = useContext(ChangeViewContext)
  const Element = status === 'inserted' ? 'ins' : status === 'deleted' ? 'del' : 'span'
  const style = { '--change-color': view.colorOf(author) } as CSSProperties
  if (!changeId) {
    return (
      <Element className={`change-mark change-mark--${status}`} style={style}>
        {children}
      </Element>
    )
  }
  const decision = view.decisionOf(changeId)
  const classes = ['change-mark', `change-mark--${status}`, 'change-target']
  if (decision?.decision === 'accepted') classes.push('is-accepted')
  if (view.currentChangeId === changeId) classes.push('is-current')
  return (
    <Element className={classes.join(' ')} style={style} tabIndex={0} data-change-id={changeId} aria-describedby={view.descriptionIdOf(changeId)} data-testid="change-mark">
      {children}
    </Element>
  )
}
