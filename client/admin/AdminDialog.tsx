import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react'

/**
 * A modal dialog of the administration: opened at once, Esc or "Abbrechen" closes it. Focus goes to the first
 * field (or the element marked `data-autofocus`) and, after closing, wherever the page puts it.
 */
export function AdminDialog({ title, titleId, onClose, children, testId }: { title: string; titleId: string; onClose: () => void; children: ReactNode; testId: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || dialog.open) return
    dialog.showModal()
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('input, select, button')
    first?.focus()
  }, [])

  const handleCancel = (event: SyntheticEvent) => {
    event.preventDefault()
    onClose()
  }

  return (
    <dialog ref={dialogRef} className="admin-dialog" aria-labelledby={titleId} onCancel={handleCancel} data-testid={testId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  )
}
