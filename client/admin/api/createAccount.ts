import type { PublicUser } from '../../../shared/accounts/PublicUser'
import type { Role } from '../../../shared/accounts/roles'
import { requestJson } from '../../api/requestJson'

export interface NewAccount {
  username: string
  password: string
  name: string
  department: string
  role: Role
}

/** Creates an account; the server checks the username and the password policy. */
export async function createAccount(account: NewAccount): Promise<PublicUser> {
  const { user } = await requestJson<{ user: PublicUser }>('/api/users', { method: 'POST', body: account })
  return user
}
