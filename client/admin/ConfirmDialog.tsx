import { useId } from 'react'
import { AdminDialog } from './AdminDialog'

/** Asks before a step with consequences (deactivating an account); "Abbrechen" has the focus first. */
export function ConfirmDialog({ title, text, confirmLabel, onConfirm, onClose }: { title: string; text: string; confirmLabel: string; onConfirm: () => void; onClose: () => void }) {
  const titleId = useId()
  return (
    <AdminDialog title={title} titleId={titleId} onClose={onClose} testId="confirm-dialog">
      <p>{text}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Abbrechen
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm} data-testid="confirm-submit">
          {confirmLabel}
        </button>
      </div>
    </AdminDialog>
  )
}
