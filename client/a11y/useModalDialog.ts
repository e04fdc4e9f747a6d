import { useEffect, useRef, type RefObject } from 'react'

/**
 * A `<dialog>` shown as a modal once it is in the page: the rest of the page is inert, Tab stays inside, Esc
 * cancels. `focusFirst` names the element that takes the focus instead of the dialog's first control (e.g.
 * "Abbrechen" before a deletion).
 */
export function useModalDialog(focusFirst?: RefObject<HTMLElement | null>): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    focusFirst?.current?.focus()
  }, [focusFirst])
  return dialogRef
}
