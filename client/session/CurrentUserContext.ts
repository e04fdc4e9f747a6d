import { createContext } from 'react'
import type { CurrentUser } from './CurrentUser'

/** The signed-in person, provided by `SessionGate`. */
export const CurrentUserContext = createContext<CurrentUser>({ account: null, canWrite: true, signOut: () => undefined })
