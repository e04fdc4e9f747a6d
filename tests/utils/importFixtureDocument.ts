import fs from 'node:fs/promises'
import type { TestServer } from './createTestServer'
import { callApi, type SignedIn } from './testAccounts'

/** Imports a text file from `tests/fixtures/` through the API, as `author`; returns the new document's id. */
export async function importFixtureDocument(server: TestServer, author: SignedIn, fixtureName: string): Promise<string> {
  const text = await fs.readFile(new URL(`../fixtures/${fixtureName}`, import.meta.url), 'utf8')
  const response = await callApi(server, author.token, 'POST', '/api/documents/import', { text })
  if (response.status !== 201) throw new Error(`importing ${fixtureName} failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { id: string }).id
}
