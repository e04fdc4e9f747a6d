import { requestJson } from './requestJson'

/** Ends the session on the server and removes its cookie. */
export async function signOut(): Promise<void> {
  await requestJson<void>('/api/session', { method: 'DELETE', quietUnauthorized: true })
}
