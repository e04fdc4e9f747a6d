import type { ManagedAccount } from '../../../shared/accounts/ManagedAccount'
import type { Role } from '../../../shared/accounts/roles'
import { requestJson } from '../../api/requestJson'

/** Changes an account's name, Fachdienst, role or whether it is active; open connections follow at once. */
export async function updateAccount(userId: string, changes: { name?: string; department?: string; role?: Role; active?: boolean }): Promise<ManagedAccount> {
  const { user } = await requestJson<{ user: ManagedAccount }>(`/api/users/${encodeURIComponent(userId)}`, { method: 'PATCH', body: changes })
  return user
}
