import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import { canEditText } from '../../shared/accounts/roles'
import { getSession } from '../api/getSession'
import { signOut } from '../api/signOut'
import { accountChangedEvent } from '../api/accountChangedEvent'
import { unauthorizedEvent } from '../api/unauthorizedEvent'
import { AppHeader } from '../layout/AppHeader'
import { departmentRegistry } from '../presence/departmentRegistry'
import type { CurrentUser } from './CurrentUser'
import { CurrentUserContext } from './CurrentUserContext'
import { LoginPage } from './LoginPage'

type GateState =
  | { status: 'checking' }
  | { status: 'signedOut'; notice: string | null }
  | { status: 'signedIn'; account: PublicUser | null }
  | { status: 'error'; message: string }

/**
 * Shows the sign-in form until there is a session, then the app with the signed-in person in context.
 * Any 401 later (an expired session) brings the form back; the page underneath stays where it was.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<GateState>({ status: 'checking' })

  useEffect(() => {
    const controller = new AbortController()
    getSession(controller.signal).then(
      (session) => setState(session === null ? { status: 'signedOut', notice: null } : { status: 'signedIn', account: session === 'noAccounts' ? null : session }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => controller.abort()
  }, [attempt])

  useEffect(() => {
    const handleUnauthorized = () =>
      setState((current) => (current.status === 'signedIn' && current.account ? { status: 'signedOut', notice: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.' } : current))
    window.addEventListener(unauthorizedEvent, handleUnauthorized)
    return () => window.removeEventListener(unauthorizedEvent, handleUnauthorized)
  }, [])

  useEffect(() => {
    // Read quietly: the page stays, and what depends on the role (an editable editor) follows the new one.
    const handleAccountChanged = () => {
      getSession().then(
        (session) => setState((current) => (session === null ? { status: 'signedOut', notice: null } : session === 'noAccounts' || current.status !== 'signedIn' ? current : { status: 'signedIn', account: session })),
        (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
    }
    window.addEventListener(accountChangedEvent, handleAccountChanged)
    return () => window.removeEventListener(accountChangedEvent, handleAccountChanged)
  }, [])

  const account = state.status === 'signedIn' ? state.account : null
  const accountId = account?.id ?? null

  useEffect(() => {
    if (!accountId) return
    const controller = new AbortController()
    // Without the list, colours follow from the department names: a failed load costs only their order.
    departmentRegistry.load(controller.signal).catch(() => undefined)
    return () => controller.abort()
  }, [accountId])
  const currentUser = useMemo<CurrentUser>(
    () => ({
      account,
      canWrite: account ? canEditText(account.role) : true,
      signOut: () => {
        signOut().then(
          () => setState({ status: 'signedOut', notice: 'Sie haben sich abgemeldet.' }),
          (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
        )
      },
    }),
    [account],
  )

  const handleSignedIn = (user: PublicUser) => setState({ status: 'signedIn', account: user })
  const handleRetry = () => {
    setState({ status: 'checking' })
    setAttempt((count) => count + 1)
  }

  switch (state.status) {
    case 'signedIn':
      return <CurrentUserContext.Provider value={currentUser}>{children}</CurrentUserContext.Provider>
    case 'signedOut':
      return <LoginPage notice={state.notice} onSignedIn={handleSignedIn} />
    case 'checking':
    case 'error':
      return (
        <>
          <AppHeader />
          <main className="page page--message">
            {state.status === 'checking' ? (
              <p role="status">Fassung wird geladen …</p>
            ) : (
              <>
                <h1>Fassung ist nicht erreichbar</h1>
                <p className="form-error" role="alert">
                  {state.message}
                </p>
                <button type="button" className="button button--primary" onClick={handleRetry}>
                  Erneut versuchen
                </button>
              </>
            )}
          </main>
        </>
      )
  }
}
