import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import type { ChangeAuthor, ChangeEntry, ChangeModel } from '../../../shared/changes/ChangeModel'
import type { DecisionScope } from '../api/DecisionScope'
import type { ReviewDecision } from '../../../shared/review/ReviewDecision'
import { BulkDecisions } from './BulkDecisions'
import { ChangeFilters } from './ChangeFilters'
import type { ChangeFilter } from './ChangeFilter'
import { ChangeListItem } from './ChangeListItem'
import { ChangeNavigation } from './ChangeNavigation'
import { collectAuthors } from './collectAuthors'
import { filterChanges } from './filterChanges'

/**
 * The change list beside the comparison: filter by department and person, step through the changes, and
 * (for editors comparing with the draft) accept or reject them one by one or all at once.
 */
export function ChangeSidebar({
  model,
  summaryOf,
  colorOf,
  decisionOf,
  currentChangeId,
  canDecide,
  decisionNote,
  busy,
  decisionError,
  commentCounts,
  onNavigate,
  onDecide,
  onComment,
  children,
}: {
  model: ChangeModel
  /** What a change did, in words. */
  summaryOf: (entry: ChangeEntry) => string
  colorOf: (author: ChangeAuthor | null | undefined) => string
  decisionOf: (changeId: string) => ReviewDecision | undefined
  currentChangeId: string | null
  canDecide: boolean
  decisionNote: ReactNode
  busy: boolean
  decisionError: string | null
  commentCounts: ReadonlyMap<string, number>
  onNavigate: (changeId: string) => void
  onDecide: (decision: 'accept' | 'reject', scope: DecisionScope) => void
  onComment: (changeId: string) => void
  children?: ReactNode
}) {
  const headingId = useId()
  const listRef = useRef<HTMLOListElement>(null)
  const sidebarRef = useRef<HTMLElement>(null)
  const [filter, setFilter] = useState<ChangeFilter>({ department: null, userId: null })
  const authors = useMemo(() => collectAuthors(model.changes), [model])
  const shown = useMemo(() => filterChanges(model.changes, filter), [model, filter])
  const position = shown.findIndex((entry) => entry.id === currentChangeId)
  const openCount = shown.filter((entry) => !decisionOf(entry.id)).length

  // A change chosen in the text comes into view in the list too; only the sidebar scrolls, never the page.
  useEffect(() => {
    const sidebar = sidebarRef.current
    const item = Array.from(listRef.current?.children ?? []).find((element) => element instanceof HTMLElement && element.dataset['changeId'] === currentChangeId)
    if (!sidebar || !(item instanceof HTMLElement)) return
    const sidebarBox = sidebar.getBoundingClientRect()
    const itemBox = item.getBoundingClientRect()
    if (itemBox.top < sidebarBox.top) sidebar.scrollTop -= sidebarBox.top - itemBox.top + 8
    else if (itemBox.bottom > sidebarBox.bottom) sidebar.scrollTop += itemBox.bottom - sidebarBox.bottom + 8
  }, [currentChangeId])

  const handlePrevious = () => {
    const previous = shown[position <= 0 ? shown.length - 1 : position - 1]
    if (previous) onNavigate(previous.id)
  }
  const handleNext = () => {
    const next = shown[position < 0 || position >= shown.length - 1 ? 0 : position + 1]
    if (next) onNavigate(next.id)
  }

  return (
    <aside ref={sidebarRef} className="review-sidebar" aria-label="Änderungen und Kommentare" data-testid="review-sidebar">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>Änderungen</h2>
        {model.changes.length === 0 ? (
          <p data-testid="no-changes">Zwischen diesen Fassungen gibt es keine Änderungen.</p>
        ) : (
          <>
            <ChangeFilters authors={authors} filter={filter} onChange={setFilter} />
            <ChangeNavigation position={position < 0 ? null : position} count={shown.length} onPrevious={handlePrevious} onNext={handleNext} />
            {decisionNote ? <p className="review-note">{decisionNote}</p> : null}
            {decisionError ? (
              <p className="form-error" role="alert">
                {decisionError}
              </p>
            ) : null}
            {canDecide ? <BulkDecisions filter={filter} authors={authors} openCount={openCount} busy={busy} onDecide={onDecide} /> : null}
            {shown.length === 0 ? (
              <p>Keine Änderungen für diese Auswahl.</p>
            ) : (
              <ol ref={listRef} className="change-list" data-testid="change-list">
                {shown.map((entry) => (
                  <ChangeListItem
                    key={entry.id}
                    entry={entry}
                    summary={summaryOf(entry)}
                    color={colorOf(entry.author)}
                    decision={decisionOf(entry.id)}
                    current={entry.id === currentChangeId}
                    canDecide={canDecide}
                    busy={busy}
                    commentCount={commentCounts.get(entry.id) ?? 0}
                    onSelect={() => onNavigate(entry.id)}
                    onDecide={(decision) => onDecide(decision, { changeIds: [entry.id] })}
                    onComment={() => onComment(entry.id)}
                  />
                ))}
              </ol>
            )}
          </>
        )}
      </section>
      {children}
    </aside>
  )
}
