import type { SignedIn } from './testAccounts'
import type { TestServer } from './createTestServer'
import { createTestClient, waitForSync, type TestClient } from './createTestClient'
import { createSimulatedEditor, type SimulatedEditor } from './createSimulatedEditor'

export interface EditingClient extends TestClient {
  editor: SimulatedEditor
}

/** A stock provider connected as `account`, editing its document through the ProseMirror binding. */
export async function createEditingClient(server: Pick<TestServer, 'wsUrl'>, documentId: string, account: SignedIn): Promise<EditingClient> {
  const client = createTestClient(server.wsUrl, documentId, { params: { token: account.token } })
  await waitForSync(client.provider)
  return { ...client, editor: createSimulatedEditor(client.ydoc) }
}
