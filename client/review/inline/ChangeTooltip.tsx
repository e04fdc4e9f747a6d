import type { CSSProperties } from 'react'

/**
 * The tooltip of the change under the pointer or in focus: kind, location, "Name · Fachdienst · Datum Uhrzeit" and
 * any decision. It can be hovered itself and is closed with Escape (WCAG 1.4.13).
 */
export function ChangeTooltip({
  position,
  text,
  onMouseEnter,
  onMouseLeave,
}: {
  position: { top: number; left: number }
  text: { kind: string; location: string; author: string; decision: string | null }
  onMouseEnter: () => void
  onMouseLeave: () => void
}) {
  return (
    <div className="change-tooltip" role="tooltip" style={{ top: position.top, left: position.left } as CSSProperties} onMouseEnter={onMouseEnter} onMouseLeave={onMouseLeave} data-testid="change-tooltip">
      <span className="change-tooltip-kind">{text.kind}</span>
      {text.location ? (
        <span className="change-tooltip-location" data-testid="change-tooltip-location">
          {text.location}
        </span>
      ) : null}
      <span className="change-tooltip-author">{text.author}</span>
      {text.decision ? <span className="change-tooltip-decision">{text.decision}</span> : null}
    </div>
  )
}
