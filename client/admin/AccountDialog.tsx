import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import type { ManagedAccount } from '../../shared/accounts/ManagedAccount'
import { roles, type Role } from '../../shared/accounts/roles'
import { AdminDialog } from './AdminDialog'
import { createAccount } from './api/createAccount'
import { updateAccount } from './api/updateAccount'
import { FieldError } from './FieldError'
import { fieldOfServerError } from './fieldOfServerError'
import { useFocusFirstInvalidField } from '../a11y/useFocusFirstInvalidField'
import { roleLabels } from './roleLabels'

type Field = 'username' | 'password' | 'name' | 'department' | 'role'
type Values = Record<Field, string>

/**
 * Creates an account (username, first password, name, Fachdienst, role) or, given `account`, changes its name,
 * Fachdienst and role. Errors stand at their field; the focus goes to the first one.
 */
export function AccountDialog({
  account,
  departments,
  isSelf,
  onSaved,
  onClose,
}: {
  account: ManagedAccount | null
  departments: readonly string[]
  isSelf: boolean
  onSaved: (message: string) => void
  onClose: () => void
}) {
  const titleId = useId()
  const idPrefix = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalidField = useFocusFirstInvalidField(formRef)
  const [values, setValues] = useState<Values>({ username: '', password: '', name: account?.name ?? '', department: account?.department ?? '', role: account?.role ?? 'editor' })
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const departmentChoices = account && account.department && !departments.includes(account.department) ? [...departments, account.department] : departments

  const idOf = (field: Field) => `${idPrefix}-${field}`
  const errorIdOf = (field: Field) => `${idPrefix}-${field}-error`
  const fieldProps = (field: Field) => ({
    id: idOf(field),
    name: field,
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      setValues((current) => ({ ...current, [field]: event.target.value }))
      setErrors((current) => ({ ...current, [field]: undefined }))
    },
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? errorIdOf(field) : undefined,
    'data-testid': `account-${field}`,
  })

  const showErrors = (found: Partial<Record<Field, string>>) => {
    setErrors(found)
    focusFirstInvalidField()
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found: Partial<Record<Field, string>> = {}
    if (!account && !values.username.trim()) found.username = 'Bitte einen Benutzernamen angeben.'
    if (!account && !values.password) found.password = 'Bitte ein erstes Passwort angeben.'
    if (!values.name.trim()) found.name = 'Bitte den Namen der Person angeben.'
    if (!values.department) found.department = 'Bitte einen Fachdienst wählen.'
    if (Object.keys(found).length > 0) {
      showErrors(found)
      return
    }
    setBusy(true)
    setFormError(null)
    try {
      const role = values.role as Role
      if (account) {
        await updateAccount(account.id, { name: values.name.trim(), department: values.department, ...(isSelf ? {} : { role }) })
        onSaved(`Das Konto „${values.name.trim()}“ wurde geändert.`)
      } else {
        await createAccount({ username: values.username.trim(), password: values.password, name: values.name.trim(), department: values.department, role })
        onSaved(`Das Konto „${values.name.trim()}“ (${values.username.trim()}) wurde angelegt.`)
      }
    } catch (caught) {
      setBusy(false)
      const message = caught instanceof Error ? caught.message : String(caught)
      const field = fieldOfServerError(message)
      if (field) showErrors({ [field]: message })
      else setFormError(message)
    }
  }

  return (
    <AdminDialog title={account ? `Konto von ${account.name} bearbeiten` : 'Konto anlegen'} titleId={titleId} onClose={onClose} testId="account-dialog">
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        {account ? null : (
          <>
            <div className="form-field">
              <label htmlFor={idOf('username')}>Benutzername</label>
              <input type="text" autoComplete="off" {...fieldProps('username')} />
              <FieldError id={errorIdOf('username')} message={errors.username} />
            </div>
            <div className="form-field">
              <label htmlFor={idOf('password')}>Erstes Passwort</label>
              <input type="password" autoComplete="new-password" {...fieldProps('password')} />
              <p className="form-hint">Mindestens 12 Zeichen, nicht der Benutzername, kein häufig verwendetes Passwort.</p>
              <FieldError id={errorIdOf('password')} message={errors.password} />
            </div>
          </>
        )}
        <div className="form-field">
          <label htmlFor={idOf('name')}>Name</label>
          <input type="text" autoComplete="off" {...fieldProps('name')} />
          <FieldError id={errorIdOf('name')} message={errors.name} />
        </div>
        <div className="form-field">
          <label htmlFor={idOf('department')}>Fachdienst</label>
          <select {...fieldProps('department')}>
            <option value="">– bitte wählen –</option>
            {departmentChoices.map((department) => (
              <option key={department} value={department}>
                {department}
              </option>
            ))}
          </select>
          <FieldError id={errorIdOf('department')} message={errors.department} />
        </div>
        <div className="form-field">
          <label htmlFor={idOf('role')}>Rolle</label>
          <select {...fieldProps('role')} disabled={isSelf}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
          {isSelf ? <p className="form-hint">Die eigene Rolle kann man nicht ändern.</p> : null}
          <FieldError id={errorIdOf('role')} message={errors.role} />
        </div>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Abbrechen
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="account-submit">
            {account ? 'Speichern' : 'Konto anlegen'}
          </button>
        </div>
      </form>
    </AdminDialog>
  )
}
