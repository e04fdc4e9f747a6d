import { useState } from 'react'
import type { ManagedAccount } from '../../shared/accounts/ManagedAccount'
import { AccountDialog } from './AccountDialog'
import { updateAccount } from './api/updateAccount'
import { ConfirmDialog } from './ConfirmDialog'
import { PasswordDialog } from './PasswordDialog'
import { roleLabels } from './roleLabels'

type OpenDialog = { kind: 'create' } | { kind: 'edit' | 'password' | 'deactivate'; account: ManagedAccount } | null

/** The accounts as a table, each with its actions; new accounts through a dialog. */
export function AccountsSection({
  accounts,
  departments,
  currentUserId,
  onChanged,
  onError,
}: {
  accounts: readonly ManagedAccount[]
  departments: readonly string[]
  currentUserId: string
  onChanged: (message: string) => void
  onError: (message: string) => void
}) {
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const handleClose = () => setDialog(null)
  const handleSaved = (message: string) => {
    setDialog(null)
    onChanged(message)
  }

  const handleActivate = async (account: ManagedAccount, active: boolean) => {
    setDialog(null)
    try {
      await updateAccount(account.id, { active })
      onChanged(active ? `Das Konto „${account.name}“ ist wieder aktiv.` : `Das Konto „${account.name}“ ist deaktiviert; seine Anmeldungen sind beendet.`)
    } catch (caught) {
      onError(caught instanceof Error ? caught.message : String(caught))
    }
  }

  return (
    <section className="panel" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Konten</h2>
      <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })} data-testid="create-account">
        Konto anlegen
      </button>
      <table className="admin-table" data-testid="account-table">
        <caption className="visually-hidden">Alle Konten mit Fachdienst, Rolle und Zustand</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Benutzername</th>
            <th scope="col">Fachdienst</th>
            <th scope="col">Rolle</th>
            <th scope="col">Zustand</th>
            <th scope="col">Aktionen</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const isSelf = account.id === currentUserId
            return (
              <tr key={account.id} data-testid="account-row" data-username={account.username}>
                <th scope="row">{account.name}</th>
                <td>{account.username}</td>
                <td>{account.department}</td>
                <td>{roleLabels[account.role]}</td>
                <td>{account.active ? 'aktiv' : 'deaktiviert'}</td>
                <td className="admin-actions">
                  <button type="button" className="button" onClick={() => setDialog({ kind: 'edit', account })} aria-label={`${account.name} bearbeiten`} data-testid="edit-account">
                    Bearbeiten
                  </button>
                  <button type="button" className="button" onClick={() => setDialog({ kind: 'password', account })} aria-label={`Passwort zurücksetzen für ${account.name}`} data-testid="reset-password">
                    Passwort zurücksetzen
                  </button>
                  {isSelf ? null : account.active ? (
                    <button type="button" className="button" onClick={() => setDialog({ kind: 'deactivate', account })} aria-label={`${account.name} deaktivieren`} data-testid="deactivate-account">
                      Deaktivieren
                    </button>
                  ) : (
                    <button type="button" className="button" onClick={() => void handleActivate(account, true)} aria-label={`${account.name} wieder aktivieren`} data-testid="activate-account">
                      Aktivieren
                    </button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        <AccountDialog
          account={dialog.kind === 'edit' ? dialog.account : null}
          departments={departments}
          isSelf={dialog.kind === 'edit' && dialog.account.id === currentUserId}
          onSaved={handleSaved}
          onClose={handleClose}
        />
      ) : null}
      {dialog?.kind === 'password' ? <PasswordDialog account={dialog.account} onSaved={handleSaved} onClose={handleClose} /> : null}
      {dialog?.kind === 'deactivate' ? (
        <ConfirmDialog
          title={`${dialog.account.name} deaktivieren?`}
          text="Die Person wird sofort abgemeldet, offene Dokumente werden geschlossen, und sie kann sich nicht mehr anmelden, bis das Konto wieder aktiviert wird."
          confirmLabel="Deaktivieren"
          onConfirm={() => void handleActivate(dialog.account, false)}
          onClose={handleClose}
        />
      ) : null}
    </section>
  )
}
