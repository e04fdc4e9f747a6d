import type { PublicUser } from '../../shared/accounts/PublicUser'
import { requestJson } from './requestJson'

/** Signs in; the server keeps the session in an http-only cookie, which the websocket sends along too. */
export async function signIn(username: string, password: string): Promise<PublicUser> {
  const { user } = await requestJson<{ user: PublicUser }>('/api/session', { method: 'POST', body: { username, password }, quietUnauthorized: true })
  return user
}
