import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import { signIn } from '../api/signIn'
import { useFocusFirstInvalidField } from '../a11y/useFocusFirstInvalidField'
import { AppHeader } from '../layout/AppHeader'

/** The sign-in form; the page the user asked for opens right after. */
export function LoginPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: (user: PublicUser) => void }) {
  const usernameId = useId()
  const passwordId = useId()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const errorId = useId()
  const [error, setError] = useState<string | null>(null)
  const [invalid, setInvalid] = useState<{ username: boolean; password: boolean }>({ username: false, password: false })
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalidField = useFocusFirstInvalidField(formRef)

  useEffect(() => {
    document.title = 'Anmelden – Fassung'
  }, [])

  const handleUsernameChange = (event: ChangeEvent<HTMLInputElement>) => setUsername(event.target.value)
  const handlePasswordChange = (event: ChangeEvent<HTMLInputElement>) => setPassword(event.target.value)

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!username.trim() || !password) {
      setError('Bitte geben Sie Benutzername und Passwort ein.')
      setInvalid({ username: !username.trim(), password: !password })
      focusFirstInvalidField()
      return
    }
    setBusy(true)
    setError(null)
    setInvalid({ username: false, password: false })
    try {
      onSignedIn(await signIn(username.trim(), password))
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
      // Which of the two was wrong is not said (that would help a guesser); the password is retyped.
      setInvalid({ username: false, password: true })
      setBusy(false)
      focusFirstInvalidField()
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
        <form ref={formRef} className="panel login-form" onSubmit={handleSubmit} noValidate>
          <div className="form-field">
            <label htmlFor={usernameId}>Benutzername</label>
            <input id={usernameId} type="text" autoComplete="username" value={username} onChange={handleUsernameChange} aria-invalid={invalid.username || undefined} aria-describedby={error ? errorId : undefined} data-testid="login-username" />
          </div>
          <div className="form-field">
            <label htmlFor={passwordId}>Passwort</label>
            <input id={passwordId} type="password" autoComplete="current-password" value={password} onChange={handlePasswordChange} aria-invalid={invalid.password || undefined} aria-describedby={error ? errorId : undefined} data-testid="login-password" />
          </div>
          {error ? (
            <p id={errorId} className="form-error" role="alert" data-testid="login-error">
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
