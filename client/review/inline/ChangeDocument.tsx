import { useContext, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react'
import type { ChangeEntry, ChangeModel } from '../../../shared/changes/ChangeModel'
import { ChangeViewContext, type ChangeView } from '../ChangeViewContext'
import { ChangeBlockList } from './ChangeBlockList'
import { ChangeTooltip } from './ChangeTooltip'
import { describeChange } from './describeChange'

interface OpenTooltip {
  changeId: string
  top: number
  left: number
}

const hideDelayMs = 200

/**
 * The document of a comparison with its changes marked inline. Every change can be reached with Tab and
 * shows who made it when on hover and on focus; Enter or a click makes it the current change.
 */
export function ChangeDocument({ model, documentRef, onSelectChange }: { model: ChangeModel; documentRef: RefObject<HTMLElement | null>; onSelectChange: (changeId: string) => void }) {
  const outer = useContext(ChangeViewContext)
  const descriptionPrefix = useId()
  const frameRef = useRef<HTMLDivElement>(null)
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const [tooltip, setTooltip] = useState<OpenTooltip | null>(null)

  const entries = useMemo(() => new Map<string, { entry: ChangeEntry; index: number }>(model.changes.map((entry, index) => [entry.id, { entry, index }])), [model])
  const view = useMemo<ChangeView>(
    () => ({
      ...outer,
      descriptionIdOf: (changeId) => {
        const found = entries.get(changeId)
        return found ? `${descriptionPrefix}-${found.index}` : undefined
      },
    }),
    [outer, entries, descriptionPrefix],
  )

  useEffect(
    () => () => {
      if (hideTimer.current !== null) clearTimeout(hideTimer.current)
    },
    [],
  )

  const tooltipOpen = tooltip !== null
  useEffect(() => {
    if (!tooltipOpen) return
    // Escape closes the tooltip wherever the keyboard focus is, also when it opened on hover.
    const handleEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setTooltip(null)
    }
    window.addEventListener('keydown', handleEscape)
    return () => window.removeEventListener('keydown', handleEscape)
  }, [tooltipOpen])

  // The marked-up text does not depend on the tooltip; keeping the element lets React skip it when only the tooltip changes.
  const content = useMemo(() => (model.blocks.length === 0 ? <p>Dieses Dokument ist leer.</p> : <ChangeBlockList blocks={model.blocks} sectionNumber={null} depth={0} />), [model])

  const cancelHide = () => {
    if (hideTimer.current !== null) clearTimeout(hideTimer.current)
    hideTimer.current = null
  }
  const scheduleHide = () => {
    cancelHide()
    hideTimer.current = setTimeout(() => setTooltip(null), hideDelayMs)
  }
  const showFor = (target: HTMLElement) => {
    const frame = frameRef.current
    const changeId = target.dataset['changeId']
    if (!frame || !changeId) return
    cancelHide()
    const frameRect = frame.getBoundingClientRect()
    const line = target.getClientRects()[0] ?? target.getBoundingClientRect()
    const left = Math.max(0, Math.min(line.left - frameRect.left, frameRect.width - 320))
    setTooltip({ changeId, top: line.bottom - frameRect.top + 6, left })
  }

  const handleMouseOver = (event: MouseEvent<HTMLElement>) => {
    const target = changeTargetOf(event.target)
    if (target) showFor(target)
  }
  const handleMouseOut = (event: MouseEvent<HTMLElement>) => {
    if (changeTargetOf(event.target) && changeTargetOf(event.relatedTarget) !== changeTargetOf(event.target)) scheduleHide()
  }
  const handleFocus = (event: FocusEvent<HTMLElement>) => {
    const target = changeTargetOf(event.target)
    if (target) showFor(target)
  }
  const handleBlur = (event: FocusEvent<HTMLElement>) => {
    if (changeTargetOf(event.target)) setTooltip(null)
  }
  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = changeTargetOf(event.target)
    if (target?.dataset['changeId'] && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      onSelectChange(target.dataset['changeId'])
    }
  }
  const handleClick = (event: MouseEvent<HTMLElement>) => {
    const target = changeTargetOf(event.target)
    if (target?.dataset['changeId']) onSelectChange(target.dataset['changeId'])
  }

  const tooltipEntry = tooltip ? entries.get(tooltip.changeId)?.entry : undefined

  return (
    <ChangeViewContext.Provider value={view}>
      <div className="change-document-frame" ref={frameRef}>
        <article
          ref={documentRef}
          className="concept-editor change-document"
          aria-label="Text mit markierten Änderungen"
          data-testid="change-document"
          onMouseOver={handleMouseOver}
          onMouseOut={handleMouseOut}
          onFocus={handleFocus}
          onBlur={handleBlur}
          onKeyDown={handleKeyDown}
          onClick={handleClick}
        >
          {content}
        </article>
        {tooltip && tooltipEntry ? (
          <ChangeTooltip position={tooltip} text={describeChange(tooltipEntry, outer.decisionOf(tooltipEntry.id))} onMouseEnter={cancelHide} onMouseLeave={scheduleHide} />
        ) : null}
        <div hidden>
          {model.changes.map((entry, index) => {
            const text = describeChange(entry, outer.decisionOf(entry.id))
            return (
              <span key={entry.id} id={`${descriptionPrefix}-${index}`}>
                {[text.kind, text.location, text.author, text.decision].filter(Boolean).join(', ')}
              </span>
            )
          })}
        </div>
      </div>
    </ChangeViewContext.Provider>
  )
}

function changeTargetOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.change-target[data-change-id]') : null
}
