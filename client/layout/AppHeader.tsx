import { useRef, type ReactNode } from 'react'
import { administrationPath } from '../admin/administrationPath'
import { NotificationBell } from '../notifications/NotificationBell'
import { AppLink } from '../routing/AppLink'
import { useCurrentUser } from '../session/useCurrentUser'
import { useHeaderHeightVariable } from './useHeaderHeightVariable'

/** The banner on every page: the product name (a link to the document list), what the page adds, who is signed in. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { account, signOut } = useCurrentUser()
  const handleSignOut = () => signOut()
  const headerRef = useRef<HTMLElement>(null)
  useHeaderHeightVariable(headerRef)
  return (
    <header ref={headerRef} className="app-header">
      <AppLink href="/" className="app-brand" title="Zur Übersicht der Integrationskonzepte">
        Fassung
      </AppLink>
      {children}
      {account ? (
        <div className="app-user" data-testid="current-user">
          <NotificationBell />
          <span className="app-user-name" title={account.department}>
            {account.name}
          </span>
          {account.role === 'admin' ? (
            <AppLink href={administrationPath} className="app-header-link" data-testid="administration-link">
              Verwaltung
            </AppLink>
          ) : null}
          <button type="button" className="app-header-button" onClick={handleSignOut} data-testid="sign-out">
            Abmelden
          </button>
        </div>
      ) : null}
    </header>
  )
}
