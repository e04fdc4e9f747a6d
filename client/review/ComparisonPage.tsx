import { useEffect, useMemo, useRef, useState } from 'react'
import type { ChangeAuthor, ChangeEntry, ChangeModel } from '../../shared/changes/ChangeModel'
import { describeChangeKind } from '../../shared/changes/describeChangeKind'
import { DecisionIndex } from '../../shared/review/DecisionIndex'
import type { ReviewDecision } from '../../shared/review/ReviewDecision'
import type { CommentAnchor } from '../../shared/review/CommentThread'
import { useDocumentMetadata } from '../editor/useDocumentMetadata'
import { SynopseExportPanel } from '../exports/SynopseExportPanel'
import { DocumentSubpageHeader } from '../fassungen/DocumentSubpageHeader'
import type { ComparisonView } from '../routing/AppRoute'
import { guardFocusAfterAction } from '../a11y/guardFocusAfterAction'
import { AppLink } from '../routing/AppLink'
import { comparisonPath } from '../routing/comparisonPath'
import { useCurrentUser } from '../session/useCurrentUser'
import { decideChanges } from './api/decideChanges'
import type { DecisionScope } from './api/DecisionScope'
import { listCommentThreads } from './api/listCommentThreads'
import { listDecisions } from './api/listDecisions'
import { assignDepartmentColors } from './assignDepartmentColors'
import { ChangeViewContext, type ChangeView } from './ChangeViewContext'
import { CommentsPanel } from './comments/CommentsPanel'
import type { CommentTarget } from './comments/CommentTarget'
import { DepartmentLegend } from './DepartmentLegend'
import { departmentPalette, unknownDepartmentColor } from '../../shared/departments/departmentPalette'
import { useDepartmentRegistry } from '../presence/useDepartmentRegistry'
import { ChangeDocument } from './inline/ChangeDocument'
import { focusChange } from './inline/focusChange'
import { useLiveDocumentUpdates } from './live/useLiveDocumentUpdates'
import { LiveStatus } from './LiveStatus'
import { ChangeSidebar } from './sidebar/ChangeSidebar'
import { collectAttributeSummaries } from './sidebar/collectAttributeSummaries'
import { SynopseView } from './synopse/SynopseView'
import type { SynopseScope } from '../../shared/export/SynopseScope'
import { useComparison } from './useComparison'
import { usePolledRequest } from './usePolledRequest'

const pollIntervalMs = 5000

/**
 * `/d/<id>/vergleich/<from>/<to>`: two versions compared through the one change model, as tracked changes
 * in the text with the change list and comments beside it, or as the two-column Synopse. Compared with the
 * draft, it follows the live document and lets editors accept and reject changes.
 */
export function ComparisonPage({ documentId, from, to, view, viewPath, heading }: { documentId: string; from: string; to: string; view: ComparisonView; viewPath: (view: ComparisonView) => string; heading?: string }) {
  const { canWrite } = useCurrentUser()
  const { state: documentState } = useDocumentMetadata(documentId)
  const title = documentState.status === 'loaded' ? documentState.document.title || 'Unbenanntes Konzept' : null
  const { state, refresh } = useComparison(documentId, from, to)
  const live = useLiveDocumentUpdates(documentId, to === 'draft', refresh)
  const decisionsRequest = usePolledRequest((signal) => listDecisions(documentId, signal), pollIntervalMs, documentId)
  const threadsRequest = usePolledRequest((signal) => listCommentThreads(documentId, signal), pollIntervalMs, documentId)
  const [selectedChangeId, setSelectedChangeId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The Synopse opens on the changed passages; the download takes what the screen shows.
  const [synopseScope, setSynopseScope] = useState<SynopseScope>({ changesOnly: true, sections: [] })
  const [decisionError, setDecisionError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const documentRef = useRef<HTMLElement>(null)
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const noticeRef = useRef<HTMLParagraphElement>(null)

  const model: ChangeModel | null = state.status === 'loaded' ? state.model : state.status === 'error' ? state.model : null
  const pageHeading = heading ?? (view === 'synopse' ? 'Synopse' : 'Änderungen im Vergleich')

  useEffect(() => {
    document.title = `${pageHeading}${title ? ` – ${title}` : ''} – Fassung`
  }, [pageHeading, title])

  const departmentRegistry = useDepartmentRegistry()
  const colors = useMemo(() => {
    const departments = (model?.changes ?? []).flatMap((change) => (change.author ? [change.author.department] : []))
    return assignDepartmentColors(departments, departmentRegistry)
  }, [model, departmentRegistry])
  // A change is decided when decisions cover all its items: new text next to a decided change stays open.
  const decisions = useMemo(() => {
    const value = decisionsRequest.state.status === 'loaded' ? decisionsRequest.state.value : decisionsRequest.state.status === 'error' ? decisionsRequest.state.value : null
    const index = new DecisionIndex(value ?? [])
    const byChange = new Map<string, ReviewDecision>()
    for (const change of model?.changes ?? []) {
      const decision = index.decisionOf(change)
      if (decision) byChange.set(change.id, decision)
    }
    return byChange
  }, [decisionsRequest.state, model])
  const threads = threadsRequest.state.status === 'loaded' ? threadsRequest.state.value : threadsRequest.state.status === 'error' ? threadsRequest.state.value : null
  const attributeSummaries = useMemo(() => collectAttributeSummaries(model?.blocks ?? []), [model])
  const summaryOf = (entry: ChangeEntry) => attributeSummaries.get(entry.id) ?? entry.summary
  const currentChangeId = selectedChangeId !== null && model?.changes.some((change) => change.id === selectedChangeId) ? selectedChangeId : null
  const currentEntry = model?.changes.find((change) => change.id === currentChangeId) ?? null

  const changeView = useMemo<ChangeView>(
    () => ({
      colorOf: (author: ChangeAuthor | null | undefined) => (author ? (colors.get(author.department) ?? departmentPalette[0]) : unknownDepartmentColor),
      decisionOf: (changeId: string) => decisions.get(changeId),
      descriptionIdOf: () => undefined,
      currentChangeId,
    }),
    [colors, decisions, currentChangeId],
  )

  const commentCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const thread of threads ?? []) if (thread.anchor.changeId && !thread.resolved) counts.set(thread.anchor.changeId, (counts.get(thread.anchor.changeId) ?? 0) + 1)
    return counts
  }, [threads])

  const canDecide = canWrite && to === 'draft'
  const decisionNote = !canWrite ? (
    'Sie können die Änderungen ansehen und kommentieren. Annehmen oder ablehnen können die bearbeitenden Fachdienste.'
  ) : to !== 'draft' ? (
    <>
      Annehmen und Ablehnen ist im Vergleich mit dem aktuellen Entwurf möglich:{' '}
      <AppLink href={comparisonPath(documentId, from, 'draft')}>mit dem aktuellen Entwurf vergleichen</AppLink>
    </>
  ) : null

  const currentTarget: CommentTarget | null = currentEntry
    ? { anchor: { blockId: currentEntry.blockId, changeId: currentEntry.id, quote: summaryOf(currentEntry) }, description: `${describeChangeKind(currentEntry)} „${summaryOf(currentEntry)}“` }
    : null

  const handleNavigate = (changeId: string) => {
    setSelectedChangeId(changeId)
    const entry = model?.changes.find((change) => change.id === changeId)
    if (documentRef.current) focusChange(documentRef.current, changeId, entry?.blockId ?? null)
  }
  const handleSelectInText = (changeId: string) => setSelectedChangeId(changeId)
  const handleComment = (changeId: string) => {
    setSelectedChangeId(changeId)
    requestAnimationFrame(() => {
      textareaRef.current?.scrollIntoView({ block: 'center' })
      textareaRef.current?.focus()
    })
  }
  const handleDecide = (decision: 'accept' | 'reject', scope: DecisionScope) => {
    setBusy(true)
    setDecisionError(null)
    setNotice(null)
    // A confirmation that closes or a decided entry that leaves the list takes the focused button with it.
    guardFocusAfterAction(() => noticeRef.current, 10_000)
    decideChanges(documentId, from, decision, scope).then(
      (decided) => {
        setBusy(false)
        setNotice(`${decided.length === 1 ? 'Eine Änderung' : `${decided.length} Änderungen`} ${decision === 'accept' ? 'angenommen' : 'abgelehnt und im Entwurf zurückgenommen'}.`)
        refresh()
        decisionsRequest.refresh()
        // The decided entry may disappear from the list; keep the keyboard user's place on the message.
        if (decision === 'reject') requestAnimationFrame(() => noticeRef.current?.focus())
      },
      (error: unknown) => {
        setBusy(false)
        setDecisionError(error instanceof Error ? error.message : String(error))
      },
    )
  }
  const canJumpTo = (anchor: CommentAnchor) => view === 'inline' && (Boolean(anchor.changeId && model?.changes.some((change) => change.id === anchor.changeId)) || anchor.blockId !== null)
  const handleJump = (anchor: CommentAnchor) => {
    if (anchor.changeId && model?.changes.some((change) => change.id === anchor.changeId)) {
      handleNavigate(anchor.changeId)
      return
    }
    if (documentRef.current) focusChange(documentRef.current, null, anchor.blockId)
  }

  return (
    <div className="review-page">
      <DocumentSubpageHeader documentId={documentId} title={title} current="other" />
      <ChangeViewContext.Provider value={changeView}>
        <div className={view === 'inline' ? 'review-layout' : 'review-layout review-layout--wide'}>
          <main className="review-main" aria-labelledby="review-heading" data-testid="comparison-page" data-view={view}>
            <h1 id="review-heading">{pageHeading}</h1>
            {model ? (
              <p className="review-versions" data-testid="comparison-versions">
                <span className="review-version">{model.from.label}</span>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> verglichen mit </span>
                <span className="review-version">{model.to.label}</span>
              </p>
            ) : null}
            <nav className="review-views" aria-label="Darstellung">
              <ul>
                <li>
                  <AppLink href={viewPath('inline')} aria-current={view === 'inline' ? 'page' : undefined} data-testid="view-inline">
                    Änderungen im Text
                  </AppLink>
                </li>
                <li>
                  <AppLink href={viewPath('synopse')} aria-current={view === 'synopse' ? 'page' : undefined} data-testid="view-synopse">
                    Synopse
                  </AppLink>
                </li>
              </ul>
            </nav>
            <SynopseExportPanel documentId={documentId} from={from} to={to} scope={synopseScope} />
            <LiveStatus live={live} loadedAt={state.status === 'loaded' ? state.loadedAt : null} refreshing={state.status === 'loaded' && state.refreshing} />
            <p ref={noticeRef} className={notice ? 'review-notice' : 'visually-hidden'} role="status" tabIndex={-1} data-testid="review-notice">
              {notice ?? ''}
            </p>
            {state.status === 'error' ? (
              <div className="form-error" role="alert">
                <p>{`Der Vergleich konnte nicht geladen werden: ${state.message}`}</p>
                <button type="button" className="button" onClick={refresh}>
                  Erneut laden
                </button>
              </div>
            ) : null}
            {model ? (
              <>
                <DepartmentLegend colors={colors} />
                {view === 'inline' ? <ChangeDocument model={model} documentRef={documentRef} onSelectChange={handleSelectInText} /> : <SynopseView model={model} scope={synopseScope} onScopeChange={setSynopseScope} />}
              </>
            ) : state.status === 'loading' ? (
              <p role="status">Vergleich wird geladen …</p>
            ) : null}
          </main>
          {view === 'inline' && model ? (
            <ChangeSidebar
              model={model}
              summaryOf={summaryOf}
              colorOf={changeView.colorOf}
              decisionOf={changeView.decisionOf}
              currentChangeId={currentChangeId}
              canDecide={canDecide}
              decisionNote={decisionNote}
              busy={busy}
              decisionError={decisionError}
              commentCounts={commentCounts}
              onNavigate={handleNavigate}
              onDecide={handleDecide}
              onComment={handleComment}
            >
              <CommentsPanel
                documentId={documentId}
                threads={threads}
                loadError={threadsRequest.state.status === 'error' ? threadsRequest.state.message : null}
                currentChange={currentTarget}
                currentChangeId={currentChangeId}
                documentRef={documentRef}
                textareaRef={textareaRef}
                canJumpTo={canJumpTo}
                onJump={handleJump}
                onChanged={threadsRequest.refresh}
              />
            </ChangeSidebar>
          ) : null}
        </div>
      </ChangeViewContext.Provider>
    </div>
  )
}
