import { useEffect, useId, useState, type ChangeEvent, type FormEvent } from 'react'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import { signIn } from '../api/signIn'
import { AppHeader } from '../layout/AppHeader'

/** The sign-in form; the page the user asked for opens right after. */
export function LoginPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: (user: PublicUser) => void }) {
  const usernameId = useId()
  const passwordId = useId()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    document.title = 'Anmelden – Fassung'
  }, [])

  const handleUsernameChange = (event: ChangeEvent<HTMLInputElement>) => setUsername(event.target.value)
  const handlePasswordChange = (event: ChangeEvent<HTMLInputElement>) => setPassword(event.target.value)

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!username.trim() || !password) {
      setError('Bitte geben Sie Benutzername und Passwort ein.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      onSignedIn(await signIn(username.trim(), password))
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
      setBusy(false)
    }
  }

  return (
    <>
      <AppHeader />
      <main className="page page--message">
        <h1>Anmelden</h1>
        <p className="page-lead">Melden Sie sich mit dem Konto an, das Ihnen die Administration eingerichtet hat.</p>
        {notice ? (
          <p className="form-notice" role="status">
            {notice}
          </p>
        ) : null}
        <form className="panel login-form" onSubmit={handleSubmit} noValidate>
          <div className="form-field">
            <label htmlFor={usernameId}>Benutzername</label>
            <input id={usernameId} type="text" autoComplete="username" value={username} onChange={handleUsernameChange} data-testid="login-username" />
          </div>
          <div className="form-field">
            <label htmlFor={passwordId}>Passwort</label>
            <input id={passwordId} type="password" autoComplete="current-password" value={password} onChange={handlePasswordChange} data-testid="login-password" />
          </div>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="button button--primary" disabled={busy} data-testid="login-submit">
            {busy ? 'Anmeldung läuft …' : 'Anmelden'}
          </button>
        </form>
      </main>
    </>
  )
}
