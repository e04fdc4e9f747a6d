import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import type { ManagedAccount } from '../../shared/accounts/ManagedAccount'
import { AdminDialog } from './AdminDialog'
import { resetPassword } from './api/resetPassword'
import { FieldError } from './FieldError'
import { useFocusFirstInvalidField } from '../a11y/useFocusFirstInvalidField'

/** Sets a new password for an account; the server's password policy decides, its German reason stands at the field. */
export function PasswordDialog({ account, onSaved, onClose }: { account: ManagedAccount; onSaved: (message: string) => void; onClose: () => void }) {
  const titleId = useId()
  const inputId = useId()
  const errorId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalidField = useFocusFirstInvalidField(formRef)
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setPassword(event.target.value)
    setError(null)
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!password) {
      setError('Bitte ein neues Passwort angeben.')
      focusFirstInvalidField()
      return
    }
    setBusy(true)
    try {
      await resetPassword(account.id, password)
      onSaved(`Das Passwort von „${account.name}“ wurde zurückgesetzt; bestehende Anmeldungen sind beendet.`)
    } catch (caught) {
      setBusy(false)
      setError(caught instanceof Error ? caught.message : String(caught))
      focusFirstInvalidField()
    }
  }

  return (
    <AdminDialog title={`Passwort von ${account.name} zurücksetzen`} titleId={titleId} onClose={onClose} testId="password-dialog">
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        <div className="form-field">
          <label htmlFor={inputId}>Neues Passwort</label>
          <input
            id={inputId}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={handleChange}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            data-testid="password-input"
          />
          <p className="form-hint">Mindestens 12 Zeichen, nicht der Benutzername, kein häufig verwendetes Passwort.</p>
          <FieldError id={errorId} message={error ?? undefined} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Abbrechen
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="password-submit">
            Passwort setzen
          </button>
        </div>
      </form>
    </AdminDialog>
  )
}
