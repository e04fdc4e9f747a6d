import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react'

/**
 * A disclosure button ("Exportieren") with a panel below it: as a popover over the page, or `inline`, growing
 * where it stands (in table cells, which scroll and would cut a popover off). Escape closes it and returns to
 * the button; a popover also closes when a click or the focus goes elsewhere. The panel stays mounted while closed, so that a
 * running download finishes.
 */
export function ExportMenu({
  label = 'Exportieren',
  hiddenLabelSuffix,
  placement = 'popover',
  toggleClassName = 'button',
  testId = 'export-toggle',
  children,
}: {
  label?: string
  /** Read by screen readers after the label, e.g. ": Fassung vom 21.03.2019". */
  hiddenLabelSuffix?: string
  placement?: 'popover' | 'inline'
  toggleClassName?: string
  testId?: string
  children: ReactNode
}) {
  const panelId = useId()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open || placement !== 'popover') return
    const handlePointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false)
    }
    document.addEventListener('pointerdown', handlePointerDown)
    return () => document.removeEventListener('pointerdown', handlePointerDown)
  }, [open, placement])

  const handleToggle = () => setOpen((current) => !current)
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return
    event.stopPropagation()
    setOpen(false)
    toggleRef.current?.focus()
  }

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (placement === 'popover' && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false)
  }

  return (
    <div ref={rootRef} className={`export-menu export-menu--${placement}`} onKeyDown={handleKeyDown} onBlur={handleBlur}>
      <button ref={toggleRef} type="button" className={toggleClassName} aria-expanded={open} aria-controls={panelId} onClick={handleToggle} data-testid={testId}>
        {label}
        {hiddenLabelSuffix ? <span className="visually-hidden">{hiddenLabelSuffix}</span> : null}
        <span className="export-menu-caret" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={panelId} className="export-menu-panel" hidden={!open} data-testid={`${testId}-panel`}>
        {children}
      </div>
    </div>
  )
}
