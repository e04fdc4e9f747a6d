import { useMemo } from 'react'
import { departmentColor } from '../../presence/departmentColor'
import { useCurrentUser } from '../../session/useCurrentUser'
import type { LocalUser } from './LocalUser'
import { loadLocalUser } from './loadLocalUser'

/**
 * Who this browser's caret belongs to: the signed-in account with its department's colour (the server
 * overwrites name and department in the awareness state with the verified ones anyway), or, on a server
 * without accounts, the locally stored guest.
 */
export function useLocalUser(): LocalUser {
  const { account } = useCurrentUser()
  return useMemo(() => (account ? { name: account.name, department: account.department, color: departmentColor(account.department) } : loadLocalUser()), [account])
}
