import { useContext } from 'react'
import type { CurrentUser } from './CurrentUser'
import { CurrentUserContext } from './CurrentUserContext'

/** The signed-in person (name, department, role) and a way to sign out. */
export function useCurrentUser(): CurrentUser {
  return useContext(CurrentUserContext)
}
