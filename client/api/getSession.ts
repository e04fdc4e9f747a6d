import type { PublicUser } from '../../shared/accounts/PublicUser'
import { ApiError } from './ApiError'
import { requestJson } from './requestJson'

/**
 * Who is signed in: the account, `null` if nobody is (the server answers `{user: null}`, not 401, so the
 * moment before sign-in is not an error), or `'noAccounts'` if the server has no sign-in at all.
 */
export async function getSession(signal?: AbortSignal): Promise<PublicUser | null | 'noAccounts'> {
  try {
    const { user } = await requestJson<{ user: PublicUser | null }>('/api/session', { signal, quietUnauthorized: true })
    return user ?? null
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null
    if (error instanceof ApiError && error.status === 404) return 'noAccounts'
    throw error
  }
}
