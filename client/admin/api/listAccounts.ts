import type { ManagedAccount } from '../../../shared/accounts/ManagedAccount'
import { requestJson } from '../../api/requestJson'

/** Every account, active or not (administration only). */
export async function listAccounts(signal?: AbortSignal): Promise<ManagedAccount[]> {
  const { users } = await requestJson<{ users: ManagedAccount[] }>('/api/users', { signal })
  return users
}
