import { useId, useState, type KeyboardEvent, type SyntheticEvent } from 'react'
import { describeShortcut } from '../toolbar/describeShortcut'
import { shortcutGroups } from './shortcutGroups'
import { restoreFocus } from '../../a11y/restoreFocus'
import { useModalDialog } from '../../a11y/useModalDialog'

/**
 * The shortcut help ("?" or the "Tastenkürzel" button): a modal dialog listing the editor's keyboard shortcuts.
 * Tab stays inside it, Esc or "Schließen" closes it, and the focus returns to where it was before.
 */
export function ShortcutHelpDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId()
  const dialogRef = useModalDialog()
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null))
  const groups = shortcutGroups()

  const close = () => {
    dialogRef.current?.close()
    onClose()
    restoreFocus(opener)
  }

  const handleCancel = (event: SyntheticEvent) => {
    event.preventDefault()
    close()
  }

  // The modal dialog makes the page inert; Tab past its last control would still leave for the browser's own bar.
  const handleKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return
    const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('button, [tabindex="0"]'))
    const first = focusable[0]
    const last = focusable.at(-1)
    if (!first || !last) return
    if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    } else if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    }
  }

  return (
    <dialog ref={dialogRef} className="shortcut-help" aria-labelledby={titleId} onCancel={handleCancel} onKeyDown={handleKeyDown} data-testid="shortcut-help">
      <div className="shortcut-help-header">
        <h2 id={titleId}>Tastenkürzel</h2>
        <button type="button" className="button" onClick={close} data-testid="shortcut-help-close">
          Schließen
        </button>
      </div>
      <div className="shortcut-help-body" tabIndex={0} aria-label="Liste der Tastenkürzel">
        {groups.map((group) => (
          <table key={group.title} className="shortcut-table">
            <caption>{group.title}</caption>
            <thead>
              <tr>
                <th scope="col">Tasten</th>
                <th scope="col">Wirkung</th>
              </tr>
            </thead>
            <tbody>
              {group.shortcuts.map((shortcut) => (
                <tr key={`${shortcut.keys}-${shortcut.description}`} data-testid="shortcut-row">
                  <td>
                    <kbd>{describeShortcut(shortcut.keys)}</kbd>
                  </td>
                  <td>{shortcut.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </dialog>
  )
}
