import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { Role } from '../../shared/accounts/roles'
import { testAdminPassword, type TestServer } from './createTestServer'

export interface SignedIn {
  token: string
  user: PublicUser
}

/** A JSON request to the server's API, with the session token if one is given. */
export async function callApi(server: TestServer, token: string | null, method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {}
  if (token) headers['authorization'] = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  return fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

/** The password `createAccount` gives an account: long enough and on no common-password list. */
export function testPasswordFor(username: string): string {
  return `${username}-geheimes-passwort`
}

export async function signIn(server: TestServer, username: string, password: string): Promise<SignedIn> {
  const response = await callApi(server, null, 'POST', '/api/session', { username, password })
  if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`)
  return (await response.json()) as SignedIn
}

export function signInAsAdmin(server: TestServer): Promise<SignedIn> {
  return signIn(server, 'admin', testAdminPassword)
}

/** Creates an account through the admin API and signs it in. */
export async function createAccount(
  server: TestServer,
  admin: SignedIn,
  account: { username: string; name: string; department: string; role: Role },
): Promise<SignedIn> {
  const password = testPasswordFor(account.username)
  const response = await callApi(server, admin.token, 'POST', '/api/users', { ...account, password })
  if (response.status !== 201) throw new Error(`creating ${account.username} failed: ${response.status} ${await response.text()}`)
  return signIn(server, account.username, password)
}

export async function createDocument(server: TestServer, author: SignedIn, title: string): Promise<string> {
  const response = await callApi(server, author.token, 'POST', '/api/documents', { title })
  if (response.status !== 201) throw new Error(`creating a document failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { id: string }).id
}
