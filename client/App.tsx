import { CurrentPage } from './CurrentPage'
import { SessionGate } from './session/SessionGate'

/** The app: sign-in first, then the page the address asks for. */
export function App() {
  return (
    <SessionGate>
      <CurrentPage />
    </SessionGate>
  )
}
