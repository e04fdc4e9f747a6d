import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react'

/**
 * A modal dialog of the administration: opened at once, Esc or "Abbrechen" closes it. Focus goes to the first
 * field (or the element marked `data-autofocus`) and, after closing, back to what opened it unless the page puts
 * it on a confirmation.
 */
export function AdminDialog({ title, titleId, onClose, children, testId }: { title: string; titleId: string; onClose: () => void; children: ReactNode; testId: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || dialog.open) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    dialog.showModal()
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('input, select, button')
    first?.focus()
    // Closed without a result, the focus goes back to what opened the dialog, never to the page's body.
    return () => {
      dialog.close()
      if (opener?.isConnected) opener.focus()
    }
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
