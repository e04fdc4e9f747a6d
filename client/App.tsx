import { CurrentPage } from './CurrentPage'
import { PageChangeAnnouncer } from './routing/PageChangeAnnouncer'
import { SessionGate } from './session/SessionGate'

/** The app: sign-in first, then the page the address asks for. */
export function App() {
  return (
    <SessionGate>
      <CurrentPage />
      <PageChangeAnnouncer />
    </SessionGate>
  )
}
