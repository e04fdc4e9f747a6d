import type { MouseEvent, ReactNode } from 'react'

/**
 * One button of the editor toolbar. Unavailable buttons stay focusable (`aria-disabled`) so that arrow
 * keys move over them as over the others; pressing the mouse keeps the focus, and the selection, in the editor.
 */
export function ToolbarButton({
  label,
  title,
  testId,
  index,
  tabbable,
  pressed,
  disabled = false,
  keyShortcut,
  className,
  onActivate,
  children,
}: {
  label: string
  title: string
  testId: string
  index: number
  tabbable: boolean
  pressed?: boolean
  disabled?: boolean
  keyShortcut?: string
  className?: string
  onActivate: () => void
  children: ReactNode
}) {
  const handleMouseDown = (event: MouseEvent) => event.preventDefault()
  const handleClick = () => {
    if (!disabled) onActivate()
  }
  return (
    <button
      type="button"
      className={className ? `toolbar-button ${className}` : 'toolbar-button'}
      aria-label={label}
      title={title}
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      aria-keyshortcuts={keyShortcut}
      tabIndex={tabbable ? 0 : -1}
      data-toolbar-index={index}
      data-testid={testId}
      onMouseDown={handleMouseDown}
      onClick={handleClick}
    >
      {children}
    </button>
  )
}
